import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { beforeAll } from 'vitest';

// Guards the alias: these tests must really run on React 18.
beforeAll(() => {
  if (!version.startsWith('18.') || !domVersion.startsWith('18.')) {
    throw new Error(`expected React 18, got react ${version} and react-dom ${domVersion}`);
  }
});
