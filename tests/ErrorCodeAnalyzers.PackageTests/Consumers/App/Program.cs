using Consumer;

var errorCode = 2002 + args.Length;
// The same magic code as in the consumer: no ECA0001 here, the analyzers are private to the consumer.
if (errorCode == 2002)
{
    Console.WriteLine($"App: {DepositErrors.Describe(errorCode)} ({DepositErrors.InsufficientFunds})");
}
