/**
 * HTTPS options for the dev server. Office only loads add-ins over HTTPS, so `npm start` needs a certificate that
 * the machine trusts. office-addin-dev-certs makes one and installs its CA; installing needs admin rights (sudo on
 * Linux), which a developer box or container may lack. Then we still serve with the generated certificate and say
 * which CA file to trust by hand, instead of failing to start.
 */
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

async function httpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (installError) {
    if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) {
      await devCerts.generateCertificates();
    }
    console.warn(
      `\n[cashbook] Could not install the developer CA into the system store (${String(installError.message || installError).split("\n")[0]}).\n` +
        `[cashbook] Serving with ${defaults.localhostCertificatePath}; trust ${defaults.caCertificatePath} in your browser or OS to load the add-in.\n`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = { httpsOptions };
