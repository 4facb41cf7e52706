
public class Prueba
{
    public static void main( String args[])
    {
        int i = (int)(2147483647L + 10);
        long l = 2147483647L + 10;
        System.out.println( "i: " + i);
        System.out.println( "l: " + l);
    }
}
