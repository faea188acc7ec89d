// @ts-check
// The load-balancer family: one catalog per product. CLB (the Slb API of the seed's error page)
// is built into the core; ALB and NLB are packs an app adds. Each product's documented errors
// come from its API metadata (api/<product>.json, imported by import-api.mjs).

/**
 * @typedef {object} ProductInfo
 * @property {'clb' | 'alb' | 'nlb'} key
 * @property {string} api the OpenAPI product code (`product=` of Troubleshoot links, the SDK's name)
 * @property {string} version
 * @property {string} namespace the prefix of its rows' ids
 * @property {string} name its name in English
 */

/** @type {readonly ProductInfo[]} */
export const PRODUCTS = [
  { key: 'clb', api: 'Slb', version: '2014-05-15', namespace: 'slb', name: 'Classic Load Balancer (CLB)' },
  { key: 'alb', api: 'Alb', version: '2020-06-16', namespace: 'alb', name: 'Application Load Balancer (ALB)' },
  { key: 'nlb', api: 'Nlb', version: '2022-04-30', namespace: 'nlb', name: 'Network Load Balancer (NLB)' },
];
