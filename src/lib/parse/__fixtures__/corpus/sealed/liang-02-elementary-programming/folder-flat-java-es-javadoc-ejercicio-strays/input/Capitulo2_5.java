class Capitulo2_5 
{
    public static void main(String[] args) 
    {
        int k = 0;
        int i = k + 2;
        System.out.println(i);
    }
}
