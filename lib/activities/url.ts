// The addresses of 金融活动's pages (also for 首页 and the sitemap).
export const activityHref = (id: string) => `/activities/${id}`;
export const activityRegisterHref = (id: string) => `/activities/${id}/register`;
export const activityCalendarHref = (id: string) => `/activities/${id}/calendar.ics`;
