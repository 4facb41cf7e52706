import java.util.Scanner;

/*

         Exercise:  2.15
         Filename:  Arithmetic.java
		 
      Description:  Ask the user for two integers, read them in and print their
                    sum, product, difference and quotient
                    (division).

           Author:  Eng.Fady Fawzy
          Version:   1.1

          Created:  11/8/2016
    Latest Update:  11/8/2016
         Revision:  30/8/2016

*/

public class Arithmetic
{
    public static void main( String[] args )
    {
        // Scanner for reading the user's input
        Scanner input = new Scanner( System.in );
        
        int x; // integer one
        int y; // integer two
        int sum; // their sum
        int product; // their product
        int difference; // their difference
        int division; // their quotient
        
        System.out.print( "Enter first integer: " ); // ask the user
        x = input.nextInt(); // get number one
        
        System.out.print( "Enter second integer: " ); // ask the user
        y = input.nextInt(); // get number two
        
        sum = x + y; // add the numbers
        product = x * y; // multiply the numbers
        difference = x - y; // subtract the numbers
        
        System.out.printf( "Sum of your two integers is %d\n", sum );
        System.out.printf( "Product of your two integers is %d\n", product );
        System.out.printf( "Difference of your two integers is %d\n", difference );
        
         if ( y != 0 )
        {
            division = x / y; // divide the numbers
            System.out.printf( "Division of your two integers is %d\n", division );
        }
        
        if ( y == 0 )
            System.out.println( "You can't make division by zero" );
        
        System.out.println( "Thank You" );
    } // main ends here
} //