/** Compile-time flags set in wxt.config.ts. */
/** True in the benchmark build (`RS_BENCH=1`) only. */
declare const __RS_BENCH__: boolean;
