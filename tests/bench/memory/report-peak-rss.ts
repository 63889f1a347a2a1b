/**
 * Preloaded (`node --import`) into a process whose peak memory a benchmark wants: on exit it writes the
 * process's maximum resident set size, in kilobytes, to the file named by GRAPHBRIEF_BENCH_PEAK_FILE.
 */
import fs from "node:fs";

const file = process.env.GRAPHBRIEF_BENCH_PEAK_FILE;
if (file) process.on("exit", () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
