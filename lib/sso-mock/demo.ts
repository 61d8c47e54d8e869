// The password of every seeded identity of the mock provider (shown on its login page outside production).
export const SSO_MOCK_DEMO_PASSWORD = "Gansu@2026";
