// electron-builder's configuration (found by name, no --config needed). JavaScript, not
// YAML, for one switch: CLIENTFIT_TEST_BUILD=1 keeps the --inspect fuse on, which
// Playwright's _electron.launch needs to drive a packaged app.
const testBuild = process.env.CLIENTFIT_TEST_BUILD === '1';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.clientfit.desktop',
  productName: 'ClientFit',
  directories: { buildResources: 'build', output: 'dist' },
  // The built app only; electron-builder adds the runtime dependencies from node_modules.
  files: ['out/**', 'package.json'],
  asar: true,
  linux: { target: ['AppImage', 'deb'], category: 'Office', icon: 'build/icon.png' },
  win: { target: 'nsis' },
  mac: { target: 'dmg', category: 'public.app-category.productivity' },
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: testBuild,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The page loads from app:// (electron/main/protocol.ts): file:// pages need no extra privileges.
    grantFileProtocolExtraPrivileges: false,
  },
};
