// Benchmark build only (RS_BENCH=1): the store benchmark runs in the extension's own origin.
import '@/tests/bench/store-bench-page';
