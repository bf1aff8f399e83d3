/**
 * `npm start`: serve the add-in on https://localhost:3000 and load it into Excel.
 * On Windows and macOS, office-addin-debugging starts the dev server and sideloads manifest.xml into desktop Excel.
 * Elsewhere (Linux has no desktop Excel) it starts the dev server alone and prints how to upload the manifest
 * into Excel on the web, then keeps serving until stopped.
 */
const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

const WEB_STEPS = `
出纳助手 Cashbook is being served at https://localhost:3000 (Ctrl+C stops it).

There is no desktop Excel on this machine. To use the add-in in Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web).
  2. Home tab → Add-ins → More Add-ins (or "Get Add-ins") → My Add-ins → Upload My Add-in.
  3. Choose ${manifest} and select Upload.
  4. The Home tab now has a 出纳助手 / Cashbook group; its button opens the task pane, and
     =CASHBOOK.RMB(1409.5) works in any cell.
If the pane stays blank, your browser does not trust the developer certificate yet:
open https://localhost:3000/taskpane.html once and accept it, or trust ~/.office-addin-dev-certs/ca.crt.
`;

if (process.platform === "win32" || process.platform === "darwin") {
  run(process.execPath, [require.resolve("office-addin-debugging/cli"), "start", manifest, "desktop"]);
} else {
  run(npm, ["run", "dev-server"]);
  setTimeout(() => console.log(WEB_STEPS), 1500);
}
