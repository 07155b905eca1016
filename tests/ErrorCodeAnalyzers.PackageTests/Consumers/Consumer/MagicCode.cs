namespace Consumer;

public static class LinkErrors
{
    // A magic error code: the package reports ECA0001 here.
    public static bool NeedsFunds(int errorCode) => errorCode == 2002;
}
