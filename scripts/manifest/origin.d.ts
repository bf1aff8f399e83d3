/** Types for origin.js, which stays plain CommonJS so webpack.config.js can require it. */
export declare const DEV_ORIGIN: "https://localhost:3000";
export declare function assertHttpsOrigin(value: unknown, role: string): asserts value is string;
export declare function replaceOrigin(xmlText: string, fromOrigin: string, toOrigin: string): string;
