/** The program version, shown by --version and written into SARIF. Keep in step with package.json. */
export const VERSION = '0.1.0';
