// Hard time budgets: every browser round trip is raced against a deadline, because a page whose script loops
// forever never answers.

export class BudgetExceeded extends Error {
  constructor(
    readonly step: string,
    readonly budgetMs: number,
  ) {
    super(`${step}: budget of ${budgetMs} ms exceeded`);
    this.name = 'BudgetExceeded';
  }
}

export function withBudget<T>(promise: Promise<T>, budgetMs: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceeded(step, budgetMs)), Math.max(0, budgetMs));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
