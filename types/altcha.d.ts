// The ALTCHA language bundles register their strings on import and export nothing typed.
declare module "altcha/i18n/zh-cn";
