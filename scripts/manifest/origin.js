/**
 * manifest.xml is written for the dev server (DEV_ORIGIN). A production build serves the same files from another
 * origin, so webpack.config.js swaps the origin while copying the manifest into dist/. Plain CommonJS because
 * webpack.config.js requires it directly.
 */

/** The origin every URL in manifest.xml uses: the webpack dev server (package.json config.dev_server_port). */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Throws unless `value` is exactly an https origin such as "https://cashbook.example.com" or
 * "https://host:8443": no path (not even a trailing slash), query, fragment or credentials. Office only loads
 * add-ins over https, and the manifest's paths are appended to the origin, so anything else would be a broken build.
 */
function assertHttpsOrigin(value, role) {
  const hint = `${role} must be an https origin like "https://cashbook.example.com"`;
  if (typeof value !== "string" || value === "") throw new Error(`${hint}; got ${JSON.stringify(value)}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${hint}; got ${JSON.stringify(value)}, which is not a URL`);
  }
  if (url.protocol !== "https:") throw new Error(`${hint}; got ${JSON.stringify(value)}, which is not https`);
  // URL.origin is the canonical form: lower-case host, no default port, and no path, query, fragment or user info.
  if (url.origin !== value) {
    throw new Error(`${hint}; got ${JSON.stringify(value)}, expected exactly ${JSON.stringify(url.origin)}`);
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Returns the manifest text with every URL on `fromOrigin` moved to `toOrigin`. An occurrence only counts when
 * the origin ends there ("https://localhost:30001" is left alone). Throws if `toOrigin` is not a bare https origin,
 * or if the manifest never mentions `fromOrigin` (the manifest and the build disagree about the dev origin).
 */
function replaceOrigin(xmlText, fromOrigin, toOrigin) {
  assertHttpsOrigin(fromOrigin, "the origin to replace");
  assertHttpsOrigin(toOrigin, "the production origin (CASHBOOK_ORIGIN or package.json config.production_origin)");
  const occurrence = new RegExp(`${escapeRegExp(fromOrigin)}(?![\\w.:@-])`, "g");
  let count = 0;
  const replaced = xmlText.replace(occurrence, () => {
    count++;
    return toOrigin;
  });
  if (count === 0) throw new Error(`the manifest has no URL on ${fromOrigin} to replace`);
  return replaced;
}

module.exports = { DEV_ORIGIN, replaceOrigin, assertHttpsOrigin };
