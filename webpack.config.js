/**
 * Builds the add-in: one shared-runtime page (taskpane.html) that hosts both the task pane and the custom
 * functions and loads office.js from Microsoft's CDN, functions.json generated from the JSDoc of
 * src/functions/functions.ts, the support page the manifest names, the icons, and manifest.xml with the production
 * origin. The bundles are ES2017: the webviews Office still uses on Windows 10 (Edge Legacy) run nothing newer.
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
    // The manifest's SupportUrl: AppSource asks for a page where users get help.
    new HtmlWebpackPlugin({
      filename: "support.html",
      inject: false,
      templateContent: `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8" /><title>出纳助手 Cashbook 帮助</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">
<h1>出纳助手 Cashbook</h1>
<p>出纳助手在 Excel 中生成现金和银行日记账、资金日报表、现金盘点表，并写入和核对大写金额。数据只留在工作簿中。</p>
<p>使用中遇到问题，请联系为您部署本加载项的管理员。</p>
<p lang="en">Cashbook builds cash and bank journals, daily funds reports and cash counts in Excel, and writes and checks
amounts in Chinese words. Your data stays in the workbook. For help, contact the administrator who deployed the add-in.</p>
</body></html>`,
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
    // Job pages are chunks loaded when first opened; their names carry a hash of their content in production, so that
    // a cached chunk of an older release is never taken for the new one.
    output: {
      path: outputDir,
      filename: "[name].js",
      chunkFilename: dev ? "[name].js" : "[id].[contenthash:8].js",
      clean: true,
    },
    target: ["web", "es2017"],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // The build only transpiles: `npm run typecheck` is the type check, run once for the whole tree.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: "ES2017" } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // Fluent's icon package reaches the minifier as megabytes of icons that only minification drops; terser
      // takes minutes over it on a 2-core machine, esbuild a few seconds, for a bundle of the same size.
      // esbuild also lowers what the dependencies ship (class static blocks, object spread…) to ES2017.
      minimizer: [new TerserPlugin({ minify: TerserPlugin.esbuildMinify, terserOptions: { target: "es2017" } })],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin(),
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
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
