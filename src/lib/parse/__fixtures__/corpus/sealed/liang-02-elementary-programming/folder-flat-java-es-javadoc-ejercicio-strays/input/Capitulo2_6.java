class Capitulo2_6 
{
    public static void main( String[] args) 
    {
        int j, k;
        int i = j = k = 2;
        System.out.println(i + " " + j + " " + k);
    }
}
