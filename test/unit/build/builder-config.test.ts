import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import type { Configuration, TargetConfiguration } from 'electron-builder';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// Read with the parser electron-builder itself uses for .yml files (js-yaml's load), so the test sees what it sees.
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Configuration;
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

// The schema and the fuse wire of the electron-builder that is installed, found the way it finds them.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const fromBuilderLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const builderSchema = fromBuilder('app-builder-lib/scheme.json') as object;
const { FuseV1Options } = fromBuilderLib('@electron/fuses') as { FuseV1Options: Record<string, string | number> };

// electron-builder validates with these options (app-builder-lib/out/util/config/schemaValidator.js); `strict: false`
// because its schema carries a keyword of its own ("typeof"). Types are not coerced here: a fuse written as the
// string "false" is a mistake worth failing on.
const validate = new Ajv({ allErrors: true, strict: false }).compile(builderSchema);
const schemaErrors = (candidate: unknown) =>
  validate(candidate) ? [] : (validate.errors ?? []).map(({ instancePath, message, params }) => `${instancePath} ${message} ${JSON.stringify(params)}`);

type Platform = 'win' | 'mac' | 'linux';
const platforms: Platform[] = ['win', 'mac', 'linux'];
const extensionOf: Record<string, string> = { nsis: 'exe', msi: 'msi', dmg: 'dmg', AppImage: 'AppImage', deb: 'deb' };

function targetsOf(platform: Platform): Array<{ target: string; archs: string[] }> {
  const declared = config[platform]?.target;
  const entries = declared == null ? [] : Array.isArray(declared) ? declared : [declared];
  return entries.map((entry: string | TargetConfiguration) => {
    const { target, arch } = typeof entry === 'string' ? { target: entry, arch: undefined } : entry;
    return { target, archs: arch == null ? [] : Array.isArray(arch) ? arch : [arch] };
  });
}

/** The artifact name pattern electron-builder uses for one target: the target's own, the platform's, the default. */
function artifactPattern(platform: Platform, target: string): string | undefined {
  const targetOptions = (config as Record<string, { artifactName?: string | null } | undefined>)[target === 'AppImage' ? 'appImage' : target];
  return targetOptions?.artifactName ?? config[platform]?.artifactName ?? config.artifactName ?? undefined;
}

function expand(pattern: string, macros: Record<string, string>): string {
  return pattern.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
    const value = macros[name];
    if (value === undefined) throw new Error(`macro \${${name}} in "${pattern}" is not one this test knows`);
    return value;
  });
}

const plistTrueKeys = (path: string) => [...readFileSync(path, 'utf8').matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);

describe('electron-builder.yml', () => {
  it('is a configuration the installed electron-builder accepts, checked against its own JSON schema', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('would be refused with a misspelt fuse, so the schema check above can fail', () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    expect(schemaErrors(misspelt).join('\n')).toContain('"additionalProperty":"runAsnode"');
  });
});

describe('fuses', () => {
  it('keep Node’s ways in closed, the ASAR checked and the only source of code, cookies encrypted, file:// plain', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('are each a fuse on Electron’s wire, and every fuse on the wire is decided (a new one fails here until it is)', () => {
    const leftAtElectronDefault = ['loadBrowserProcessSpecificV8Snapshot'];
    const wire = Object.keys(FuseV1Options)
      .filter((name) => Number.isNaN(Number(name)))
      .map((name) => name[0]!.toLowerCase() + name.slice(1));
    const decided = Object.keys(config.electronFuses ?? {}).filter((name) => name !== 'resetAdHocDarwinSignature');
    expect(decided.filter((name) => !wire.includes(name))).toEqual([]);
    expect([...decided, ...leftAtElectronDefault].sort()).toEqual([...wire].sort());
  });

  it('have an ASAR to check: packed, its integrity recorded, nothing unpacked beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).not.toBe(true);
    for (const scope of [config, config.win, config.mac, config.linux]) {
      expect(scope?.asarUnpack ?? []).toEqual([]);
      if (scope !== config) expect(scope?.asar).toBeUndefined();
    }
  });
});

describe('what is packed', () => {
  it('is the built app and package.json only: no tests, emulator data or extra files on any platform', () => {
    const allowed = ['out/**', 'package.json'];
    expect(config.files).toEqual(allowed);
    for (const scope of [config, config.win, config.mac, config.linux]) {
      if (scope !== config) expect(scope?.files).toBeUndefined();
      expect(scope?.extraFiles).toBeUndefined();
      expect(scope?.extraResources).toBeUndefined();
    }
    expect(config.directories?.output).toBe('dist');
  });
});

describe('installers', () => {
  it('are NSIS and MSI on Windows, dmg on macOS, AppImage and deb on Linux, for each architecture Electron ships', () => {
    expect(Object.fromEntries(platforms.map((platform) => [platform, targetsOf(platform)]))).toEqual({
      win: [
        { target: 'nsis', archs: ['x64', 'arm64'] },
        { target: 'msi', archs: ['x64'] },
      ],
      mac: [{ target: 'dmg', archs: ['x64', 'arm64'] }],
      linux: [
        { target: 'AppImage', archs: ['x64', 'arm64'] },
        { target: 'deb', archs: ['x64', 'arm64'] },
      ],
    });
  });

  // https://www.electron.build/nsis: oneClick false + perMachine false shows the install-mode page, and /allusers
  // (templates/nsis/assistedInstaller.nsh) chooses per-machine without it.
  it('on Windows, NSIS offers per-user or per-machine (per-machine preselected, elevation allowed, folder choosable)', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: true,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      buildUniversalInstaller: false,
    });
  });

  it('on Windows, the MSI installs per machine without dialogs and does not start the app after a managed install', () => {
    expect(config.msi).toMatchObject({ perMachine: true, runAfterFinish: false });
    expect(config.msi?.oneClick).not.toBe(false);
  });

  it('keep the identities installed desks carry, so a new version upgrades instead of installing beside the old one', () => {
    expect(config.appId).toBe('app.tapdesk.desktop');
    expect(config.nsis?.guid).toBe('42bf6a0d-7bc1-585c-835e-90d56a20694a');
    expect(config.msi?.upgradeCode).toBe('B4BDAD4A-1FEE-5B67-B5EC-BE2A4B7E8AB2');
  });

  it('on macOS, run hardened with only the JIT entitlement (Electron ≥ 12: https://github.com/electron/notarize#prerequisites)', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, gatekeeperAssess: false });
    expect(config.mac?.identity).toBeUndefined();
    const { entitlements, entitlementsInherit } = config.mac ?? {};
    expect(entitlements).toBe('resources/entitlements.mac.plist');
    expect(entitlementsInherit).toBe(entitlements);
    expect(plistTrueKeys(entitlements!)).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('on macOS, notarise when the release build has Apple’s credentials in its environment, never from this file', () => {
    expect(config.mac?.notarize).toBe(true);
    expect(JSON.stringify(config)).not.toMatch(/appleId|appleIdPassword|appleApiKey|teamId|keychainProfile/i);
  });

  it('on Linux, the deb names the libraries Electron loads that a minimal system lacks, and the secret store', () => {
    expect(config.deb?.depends).toEqual(expect.arrayContaining(['libgbm1', 'libasound2', 'libsecret-1-0', 'libnss3', 'libgtk-3-0']));
  });
});

describe('artifact names', () => {
  const artifacts = platforms.flatMap((platform) =>
    targetsOf(platform).flatMap(({ target, archs }) => archs.map((arch) => ({ platform, target, arch, pattern: artifactPattern(platform, target) }))),
  );

  it('carry the version and the architecture for every target', () => {
    for (const { target, pattern } of artifacts) {
      expect(pattern, target).toContain('${version}');
      expect(pattern, target).toContain('${arch}');
    }
  });

  it('are distinct, so no installer overwrites another in dist/', () => {
    const names = artifacts.map(({ platform, target, arch, pattern }) =>
      expand(pattern!, { productName: config.productName!, version, os: platform, arch, ext: extensionOf[target]! }),
    );
    expect(names).toContain(`TAP Desk-${version}-win-x64-setup.exe`);
    expect(names).toContain(`TAP Desk-${version}-win-x64.msi`);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('installing the project', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean>; scripts: Record<string, string> };

  it('fetches Electron’s binary on a normal install and lets Electron’s package run its scripts', () => {
    expect(manifest.allowScripts?.['electron']).toBe(true);
    expect(manifest.scripts['postinstall']).toMatch(/require\('electron\/install\.js'\)/);
  });

  it('fetches nothing where ELECTRON_SKIP_BINARY_DOWNLOAD is set, as the clean-clone CI sets it before npm ci', () => {
    expect(manifest.scripts['postinstall']).toMatch(/process\.env\.ELECTRON_SKIP_BINARY_DOWNLOAD \|\|/);
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci.indexOf('export ELECTRON_SKIP_BINARY_DOWNLOAD=1')).toBeGreaterThan(-1);
    expect(ci.indexOf('export ELECTRON_SKIP_BINARY_DOWNLOAD=1')).toBeLessThan(ci.indexOf('npm ci'));
  });
});
