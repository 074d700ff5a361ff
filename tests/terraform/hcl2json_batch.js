// hcl2json_batch.js PEERS_DIR FILE... — parse many files with HashiCorp's HCL
// parser (@cdktf/hcl2json, WebAssembly) in one node process; prints one JSON
// line per file: {"file": F, "ok": true, "json": {...}} or {"file": F, "ok": false}.
const path = require("path");
const fs = require("fs");
const { parse } = require(path.join(process.argv[2], "node_modules", "@cdktf", "hcl2json"));
(async () => {
  for (const f of process.argv.slice(3)) {
    try {
      const j = await parse(f, fs.readFileSync(f, "utf8"));
      process.stdout.write(JSON.stringify({ file: f, ok: true, json: j }) + "\n");
    } catch (e) {
      process.stdout.write(JSON.stringify({ file: f, ok: false }) + "\n");
    }
  }
})();
