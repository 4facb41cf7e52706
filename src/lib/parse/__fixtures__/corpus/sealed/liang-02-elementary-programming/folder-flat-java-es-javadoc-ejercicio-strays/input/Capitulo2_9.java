class Capitulo2_9
{
    public static void main( String args[])
    {
        final double miles = 100;
        final double KILOMETERS_PER_MILE = 1.609;
        double kilometers = miles * KILOMETERS_PER_MILE;
        System.out.println( "kilometers: " + kilometers);
    }
}
