// A CommonJS consumer of the built package: Node 20.19 and later `require()` the ES modules
// through the package's `default` export conditions. Run after `npm run build`.
/* eslint-disable @typescript-eslint/no-require-imports -- this file is the CommonJS consumer under test */
'use strict';
const assert = require('node:assert/strict');

const { classifySlbError } = require('slb-error-kit/core');
const { zhCN } = require('slb-error-kit/locales/zh-CN');

const body = { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.', RequestId: 'R-1' };
const report = classifySlbError(body);
assert.equal(report.intent, 'retry');
assert.equal(report.code, 'Throttling.User');
assert.equal(classifySlbError(body, { locale: zhCN }).locale, 'zh-CN');
console.log(`require('slb-error-kit/core') on Node ${process.versions.node}: ${report.code} → ${report.intent}`);
