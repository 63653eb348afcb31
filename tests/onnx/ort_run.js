// ort_run.js - an ONNX model through ONNX Runtime's Node binding, for
// tests/onnx/run.py and bench/.
//
//   node ort_run.js ORT_DIR MODEL.onnx IN.bin ROWS SHAPE OUT.bin [REPEATS]
//
// ORT_DIR is the onnxruntime-node package (npm install --ignore-scripts
// onnxruntime-node: scripts/deps.sh).  IN.bin holds ROWS samples of
// float32 of SHAPE each ("1,28,28"); OUT.bin
// gets the output, float32.  One thread (intra and inter op).  With
// REPEATS, the run is timed that many times after a warm-up and the
// median seconds per run printed to stdout.
'use strict';
const fs = require('fs');
const [ortDir, modelPath, inPath, rowsText, shapeText, outPath, repeatsText] = process.argv.slice(2);
const ort = require(ortDir);

async function main() {
    const session = await ort.InferenceSession.create(modelPath, {
        intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential',
        graphOptimizationLevel: 'all',
    });
    const rows = parseInt(rowsText, 10);
    const buf = fs.readFileSync(inPath);
    const x = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    const dims = [rows, ...shapeText.split(',').map((d) => parseInt(d, 10))];
    const feeds = {[session.inputNames[0]]: new ort.Tensor('float32', x, dims)};
    let result = await session.run(feeds);
    const y = result[session.outputNames[0]].data;
    fs.writeFileSync(outPath, Buffer.from(y.buffer, y.byteOffset, y.byteLength));
    const repeats = repeatsText ? parseInt(repeatsText, 10) : 0;
    if (repeats > 0) {
        const times = [];
        for (let i = 0; i < repeats; i++) {
            const t0 = process.hrtime.bigint();
            result = await session.run(feeds);
            times.push(Number(process.hrtime.bigint() - t0) / 1e9);
        }
        times.sort((a, b) => a - b);
        console.log(times[Math.floor(times.length / 2)]);
    }
}
main().catch((e) => { console.error(`ort_run: ${e.message || e}`); process.exit(1); });
