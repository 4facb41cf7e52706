class Capitulo2_1
{
    public static void main( String[] args) 
    {
        double i = 50.0;
        double k = i + 50.0;
        double j = k + 1;
        System.out.println("j is " + j + " and k is " + k);
    }
}
