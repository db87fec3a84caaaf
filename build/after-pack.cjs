// electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs) in the packaged
// binary. afterPack runs before signing, which is when fuses must be flipped.
/* eslint-disable @typescript-eslint/no-require-imports */
const { fuseConfig } = require('./fuses.cjs');

exports.default = async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig());
  console.log(`  • electron fuses flipped (RunAsNode off, NODE_OPTIONS off, inspect off, asar-only on) in ${context.appOutDir}`);
};
