/**
 * Preloaded (`node --import`) into a process whose peak memory a benchmark wants: on exit it writes the
 * process's peak resident set size (VmHWM), in kilobytes, to the file named by GRAPHBRIEF_BENCH_PEAK_FILE.
 * Not process.resourceUsage().maxRSS: on Linux that survives exec, so a child reports at least the RSS its
 * parent had when it forked.
 */
import fs from "node:fs";

const file = process.env.GRAPHBRIEF_BENCH_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    const status = fs.readFileSync("/proc/self/status", "utf8");
    const peak = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    if (!peak) throw new Error("report-peak-rss: /proc/self/status has no VmHWM line");
    fs.writeFileSync(file, peak);
  });
}
