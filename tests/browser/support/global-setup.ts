import type { TestProject } from 'vitest/node';
import { buildApp, removeBuild, serveBuild } from './app-build';
import { assertChromiumInstalled } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built app, served at the root: http://127.0.0.1:PORT/ */
    appUrl: string;
    /** Folder of that build, for tests that read the built files. */
    appBuildDir: string;
  }
}

/** Builds the app once for the whole browser suite and serves it until the suite ends. */
export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  const outDir = await buildApp();
  const server = await serveBuild(outDir);
  project.provide('appUrl', server.url);
  project.provide('appBuildDir', outDir);
  return async () => {
    await server.close();
    await removeBuild(outDir);
  };
}
