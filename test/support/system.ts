/**
 * Some tests need programs from the system (Chromium, LibreOffice). Locally they are skipped with a printed warning
 * when the program is missing; under CI=true a missing program fails the run, so CI can never pass by skipping.
 */
import { existsSync } from "node:fs";

export function systemProgram(name: string, path: string): string | null {
  if (existsSync(path)) return path;
  if (process.env.CI === "true") throw new Error(`${name} is required when CI=true but ${path} is missing`);
  console.warn(`[skip] ${name} is not installed (${path}); tests that need it are skipped`);
  return null;
}
