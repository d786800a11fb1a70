// placeholder replaced once the role scorecard schema lands
export type StoredRole = { id: string; name: string };
