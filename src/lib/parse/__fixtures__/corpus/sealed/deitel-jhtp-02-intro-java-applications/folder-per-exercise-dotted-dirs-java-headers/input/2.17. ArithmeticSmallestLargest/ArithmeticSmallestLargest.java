import java.util.Scanner;

/*

         Exercise:  2.17
         Filename:  ArithmeticSmallestLargest.java
		 
      Description:  Read three integers typed by the
                    user and print their sum, average, product, smallest 
                    and largest value.

           Author:  Eng.Fady Fawzy
          Version:  1.1

          Created:  15/8/2016
    Latest Update:  30/8/2016
         Revision:  30/8/2016

*/

public class ArithmeticSmallestLargest
{
   public static void main( String[] args )
   {
       //Scanner for reading the user's input
       Scanner input = new Scanner( System.in );
       
       int number1, number2, number3; // the three inputs
       int sum;
       int average;
       int product;
       
       System.out.print( "Enter first integer: " ); // ask the user
       number1 = input.nextInt(); // get number one
       
       System.out.print( "Enter second integer: " ); // ask the user
       number2 = input.nextInt(); // get number two
       
       System.out.print( "Enter third integer: " ); // ask the user
       number3 = input.nextInt(); // get number three
       
       sum = number1 + number2 + number3;
       product = number1 * number2 * number3;
       average = sum / 3;
       
       System.out.printf( "Sum of these numbers is: %d\n", sum );
       System.out.printf( "Product of these numbers is: %d\n", product );
       System.out.printf( "Average of these numbers is: %d\n", average );
       
       int largest, smallest;
       largest = number1;
       smallest = number2;
       
       if ( number1 <= number2 )
       {
           largest = number2;
           smallest = number1;
       }
       
       if ( number3 > largest )
           largest = number3;
           
       if ( number3 < smallest)
           smallest = number3;
       
       System.out.printf( "Smallest number is: %d\n", smallest);
       System.out.printf( "Largest number is: %d\n", largest);
   }
}