// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app is its own root, also when it sits inside the kit's repository.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  // next dev would otherwise write an AGENTS.md into the app.
  agentRules: false,
  experimental: { agentUpgrade: false },
};

export default nextConfig;
