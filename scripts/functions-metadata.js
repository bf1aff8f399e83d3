/**
 * Excel shows a custom function's descriptions from the metadata file the manifest names for the display language.
 * functions.json (en-US) is generated from the JSDoc; this makes functions.zh-CN.json from it with the texts of
 * src/functions/metadata.zh-CN.json, and refuses to build when a function or parameter has no Chinese text.
 */
const zhCN = require("../src/functions/metadata.zh-CN.json");

function localizeMetadata(metadataJson, texts = zhCN) {
  const metadata = JSON.parse(metadataJson);
  for (const fn of metadata.functions) {
    const localized = texts[fn.id];
    if (!localized) throw new Error(`functions metadata: no zh-CN text for ${fn.id}`);
    fn.description = localized.description;
    for (const parameter of fn.parameters) {
      const text = localized.parameters[parameter.name];
      if (!text) throw new Error(`functions metadata: no zh-CN text for ${fn.id}(${parameter.name})`);
      parameter.description = text;
    }
  }
  return JSON.stringify(metadata, null, 2);
}

/** Emits functions.zh-CN.json beside the functions.json that custom-functions-metadata-plugin emits. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset("functions.json");
          if (!source) return;
          try {
            compilation.emitAsset(
              "functions.zh-CN.json",
              new sources.RawSource(localizeMetadata(source.source.source().toString())),
            );
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizedFunctionsMetadataPlugin };
