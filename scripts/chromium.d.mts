export const INSTALL_HINT: string;
export function chromiumPath(): string | null;
export function chromiumProblem(): string | null;
