using Yardstick.Local.Tests.Support;

[assembly: AssemblyFixture(typeof(TinyModelFixture))]
