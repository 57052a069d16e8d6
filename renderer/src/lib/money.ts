/** Reading money and numbers typed by people: the one parser lives in shared/money.ts. */
export { hourlyAmount, moneyInput, parseDecimal, parseMoney, parseMoneyInput, type MoneyInputError } from '#shared/money';
