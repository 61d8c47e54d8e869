import next from "eslint-config-next";

export default [
  { ignores: ["lib/generated/**", ".next/**", ".data/**", ".test-data/**", "test-results/**", "playwright-report/**"] },
  ...next,
];
