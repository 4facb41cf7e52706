import java.util.Scanner;

/*

         Exercise:  2.6
         Filename:  Product.java
		 
      Description:  Take the statements written for Exercise 2.5 and turn them into
                    a full program that works out and prints the product of three integers.

           Author:  Eng.Fady Fawzy
          Version:  1.0

          Created:  11/8/2016
    Latest Update:  11/8/2016
         Revision:  11/8/2016

*/

public class Product{
    public static void main(String[] args){
        // Scanner reading from the command window
		Scanner input = new Scanner( System.in );
		
		int x; // user's first number
		int y; // user's second number
		int z; // user's third number
		int result; // the product
		
		System.out.print( "Enter first integer: " ); // ask the user
		x = input.nextInt(); // take integer one
		
		System.out.print( "Enter second integer: " ); // ask the user
		y = input.nextInt(); // take integer two
		
		System.out.print( "Enter third integer: " ); // ask the user
		z = input.nextInt(); // take integer three
		
		result = x * y * z; // multiply the numbers
		
		System.out.printf( "Product is: %d\n", result );    
    } // main ends here
} // class Product ends