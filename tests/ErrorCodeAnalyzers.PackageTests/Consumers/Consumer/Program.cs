using Consumer;
using ProviderErrorCodes;

// Runs without ErrorCodeAnalyzers.Constants.dll next to it: the constants were inlined at compile time.
Console.WriteLine($"InsufficientFunds={ImmutableLink.Deposits.InsufficientFunds}");
Console.WriteLine($"Describe={DepositErrors.Describe(2002 + args.Length)}");
Console.WriteLine($"String={DepositErrors.IsInsufficientFunds(OkxWeb3Strings.General.RequestsTooFrequent)}");
