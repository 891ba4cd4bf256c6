// Benchmark build only (RS_BENCH=1): the floor of the popup figures — an extension page that
// paints one line and marks it, opened the same way as the popup, in the same run.
const app = document.getElementById('app')!;
app.textContent = 'Review Sentinel';
requestAnimationFrame(() => performance.mark('rs:blank-rendered'));
