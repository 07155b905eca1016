// Corpus: NUnit- and MSTest-style tests. The corpus compiles without those packages, so minimal stand-ins of their
// assertion APIs are declared below (same names and shapes as the real ones).
using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.LinkWallet;
using Corpus.Okx;

namespace Corpus.Tests.NUnitStyle
{
    using Corpus.Tests.StandIns.NUnit;

    public sealed class OkxEnvelopeTests
    {
        [Test]
        public void OutputAddressNotFound()
        {
            var envelope = new Envelope { Code = "51001", Msg = "The outputAddress you filled in was not found in this transaction." };
            Assert.That(envelope.Code, Is.EqualTo({|ECA0001:"51001"|}));
            Assert.That(envelope.Msg.Length, Is.EqualTo(67));
            Assert.That(envelope.Code.Length, Is.EqualTo(5));
        }

        [Test]
        public void Success()
        {
            var envelope = new Envelope();
            Assert.That(envelope.Code, Is.EqualTo("0"));
            Assert.That(envelope.Msg, Is.EqualTo(string.Empty));
        }

        [Test]
        public void AuthenticationCodes()
        {
            var codes = new[] { {|ECA0001:"50111"|}, {|ECA0001:"50113"|}, {|ECA0001:"50102"|} };
            Assert.That(codes.Length, Is.EqualTo(3));
            Assert.That(codes.Count(c => c == "50111"), Is.EqualTo(1));
        }
    }
}

namespace Corpus.Tests.MSTestStyle
{
    using Corpus.Tests.StandIns.MSTest;

    [TestClass]
    public sealed class LinkWalletTests
    {
        [TestMethod]
        public void InsufficientFunds()
        {
            var exception = new InsufficientFundsException("Insufficient funds.");
            Assert.AreEqual({|ECA0001:2002|}, exception.ErrorCode);
            Assert.AreNotEqual({|ECA0001:2003|}, exception.ErrorCode);
            Assert.AreNotEqual({|ECA0001:1005|}, exception.ErrorCode);
            Assert.IsFalse(WalletService.IsEmbeddingProblem(exception.ErrorCode));
            Assert.AreEqual("Insufficient funds.", exception.Message);
        }

        [TestMethod]
        public void FiatStatus()
        {
            Assert.AreEqual("invalid amount", WalletService.FiatStatus({|ECA0001:11005|}));
            Assert.AreEqual("other", WalletService.FiatStatus(42));
            Assert.AreEqual("exchange unavailable", WalletService.FiatStatus(ProviderErrorCodes.ImmutableLink.CryptoToFiat.ExchangeStatusFailed));
        }

        [TestMethod]
        public void States()
        {
            Assert.AreEqual(1003, (int)WalletState.Locked);
            Assert.AreEqual(2001, (int)DepositStatus.Confirmed);
            Assert.AreEqual("rejected", WalletService.Describe((DepositStatus)2003));
            Assert.AreEqual(4, Enum.GetValues<WalletState>().Length);
        }

        [TestMethod]
        public void Amounts()
        {
            var amounts = new List<decimal> { 2002m, 1000m, 50000m };
            Assert.AreEqual(3, amounts.Count);
            Assert.AreEqual(53002m, amounts.Sum());
            Assert.AreEqual(1000, (int)amounts[1]);
        }
    }
}

namespace Corpus.Tests.StandIns.NUnit
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestAttribute : Attribute
    {
    }

    public static class Is
    {
        public static Constraint EqualTo(object? expected) => new(expected);
    }

    public sealed class Constraint
    {
        public Constraint(object? expected) => Expected = expected;

        public object? Expected { get; }
    }

    public static class Assert
    {
        public static void That(object? actual, Constraint constraint)
        {
            if (!Equals(actual, constraint.Expected))
            {
                throw new InvalidOperationException($"Expected {constraint.Expected} but was {actual}.");
            }
        }
    }
}

namespace Corpus.Tests.StandIns.MSTest
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class TestClassAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestMethodAttribute : Attribute
    {
    }

    public static class Assert
    {
        public static void AreEqual<T>(T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new InvalidOperationException($"Expected {expected} but was {actual}.");
            }
        }

        public static void IsFalse(bool condition)
        {
            if (condition)
            {
                throw new InvalidOperationException("Expected false.");
            }
        }

        public static void AreNotEqual<T>(T notExpected, T actual)
        {
            if (EqualityComparer<T>.Default.Equals(notExpected, actual))
            {
                throw new InvalidOperationException($"Did not expect {actual}.");
            }
        }
    }
}
