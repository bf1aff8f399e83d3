/**
 * Builds the add-in: one shared-runtime page (taskpane.html) that hosts both the task pane and the custom
 * functions, functions.json generated from the JSDoc of src/functions/functions.ts, office.js served from our own
 * origin (so nothing but the add-in itself is loaded), the icons, and manifest.xml with the production origin.
 *
 *   npm run build                      production build into dist/, origin from CASHBOOK_ORIGIN or package.json
 *   webpack --env harness              also builds harness.html, the test page that mounts the App on a memory host
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_ORIGIN, replaceOrigin } = require("./scripts/manifest/origin");
const { httpsOptions } = require("./scripts/dev-certs");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/functions-metadata");
const pkg = require("./package.json");

/** The one setting that says where the add-in is hosted in production. */
const productionOrigin = process.env.CASHBOOK_ORIGIN || pkg.config.production_origin;
const devServerPort = pkg.config.dev_server_port;

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const harness = Boolean(env.harness);
  const outputDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist");
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane", "functions"],
    }),
  ];
  if (harness) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: "harness.html",
        template: "./test/e2e/harness/harness.html",
        chunks: ["harness"],
      }),
    );
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      ...(harness ? { harness: "./test/e2e/harness/harness.tsx" } : {}),
    },
    output: { path: outputDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // The build only transpiles: `npm run typecheck` is the type check, run once for the whole tree.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // Fluent's icon package reaches the minifier as megabytes of icons that only minification drops; terser
      // takes minutes over it on a 2-core machine, esbuild a few seconds, for a bundle of the same size.
      minimizer: [new TerserPlugin({ minify: TerserPlugin.esbuildMinify })],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin(),
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Served from our origin: financial data never leaves the workbook, and the pane needs no CDN.
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            globOptions: { ignore: ["**/*.debug.js"] },
            // Microsoft ships these minified; minifying them again only costs build time.
            info: { minimized: true },
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : replaceOrigin(content.toString(), DEV_ORIGIN, productionOrigin)),
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      port: devServerPort,
    },
  };
};
