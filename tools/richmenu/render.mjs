// Draws deploymentTemplates/line/richmenu.png from richmenu.json: one tile per tappable area, at exactly the area's
// bounds, with the area's label in Japanese. Needs Debian's chromium and fonts-noto-cjk.
//
//   node tools/richmenu/render.mjs
//
// Run it again after changing the areas or labels in richmenu.json, and commit the PNG.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const folder = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "deploymentTemplates", "line");
const menu = JSON.parse(readFileSync(join(folder, "richmenu.json"), "utf8"));
const target = join(folder, "richmenu.png");

// A line under each label, saying what the tile leads to.
const captions = {
  "診断": "協働に向いているか",
  "手法": "委託・共催・補助…から選ぶ",
  "チェックリスト": "進め方と進み具合",
  "相談窓口": "近くの支援センター",
  "質問": "ことばの意味・注意点など",
};
const colours = ["#1F6F5C", "#2A7F6A", "#358F78", "#2F5F8A", "#3C6E99"];

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

const tiles = menu.areas.map(({ bounds, action }, i) => `
  <div class="tile" style="left:${bounds.x}px;top:${bounds.y}px;width:${bounds.width}px;height:${bounds.height}px;background:${colours[i % colours.length]}">
    <div class="label">${escape(action.label)}</div>
    <div class="caption">${escape(captions[action.label] ?? "")}</div>
  </div>`).join("");

const html = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${menu.size.width}px; height: ${menu.size.height}px; overflow: hidden; background: #ffffff; }
  .tile { position: absolute; box-sizing: border-box; border: 4px solid #ffffff; color: #ffffff;
          display: flex; flex-direction: column; align-items: center; justify-content: center;
          font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
  .label { font-size: 104px; font-weight: 700; letter-spacing: 4px; line-height: 1.1; white-space: nowrap; }
  .caption { margin-top: 28px; font-size: 52px; font-weight: 400; opacity: 0.9; }
</style></head><body>${tiles}
</body></html>`;

const work = mkdtempSync(join(tmpdir(), "richmenu-"));
try {
  const page = join(work, "richmenu.html");
  writeFileSync(page, html);
  execFileSync("chromium", [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    `--user-data-dir=${join(work, "profile")}`,
    `--window-size=${menu.size.width},${menu.size.height}`,
    `--screenshot=${target}`,
    `file://${page}`,
  ], { stdio: ["ignore", "ignore", "inherit"] });
} finally {
  rmSync(work, { recursive: true, force: true });
}

const png = readFileSync(target);
const width = png.readUInt32BE(16);
const height = png.readUInt32BE(20);
if (width !== menu.size.width || height !== menu.size.height) {
  throw new Error(`chromium drew ${width}×${height}, not ${menu.size.width}×${menu.size.height}`);
}
console.log(`wrote ${target} (${width}×${height}, ${statSync(target).size} bytes)`);
