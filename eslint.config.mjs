import next from "eslint-config-next";

const config = [
  { ignores: ["lib/generated/**", ".next/**", ".data/**", ".test-data/**", "test-results/**", "playwright-report/**"] },
  ...next,
];

export default config;
