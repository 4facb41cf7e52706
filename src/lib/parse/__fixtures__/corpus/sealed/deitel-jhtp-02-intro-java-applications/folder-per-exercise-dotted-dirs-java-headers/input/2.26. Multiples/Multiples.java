import java.util.Scanner; // Scanner is needed

/*

         Exercise:  2.26
         Filename:  Multiples.java
		 
      Description:  Read two integers, decide if the first one is a
                    multiple of the second, and print the answer.

           Author:  Eng.Fady Fawzy
          Version:  1.0

          Created:  15/8/2016
    Latest Update:  
         Revision:  17/8/2016

*/

public class Multiples 
{
    public static void main( String[] args )
    {
        // Scanner for reading the user's input
        Scanner input = new Scanner( System.in );
        
        int x; // user's first integer
        int y; // user's second integer
        
        System.out.println( "Welcome to Multiples program" ); // greeting
        System.out.print( "Please, Enter first integer: " ); // ask the user
        x = input.nextInt(); // get number one
        
        System.out.print( "Please, Enter second integer: "); // ask the user
        y = input.nextInt(); // get number two
        
        // is the first one a multiple of the second?
        if ( x % y == 0 )
        {
            System.out.printf( "%d is a multiple of %d\n", x, y );
            
            int z = x / y;
            
            System.out.printf( "Number of multiples = %d\n", z );
        }
        
        if ( x % y != 0 )
            System.out.printf( "%d is not a multiple of %d\n", x, y );
    }
}