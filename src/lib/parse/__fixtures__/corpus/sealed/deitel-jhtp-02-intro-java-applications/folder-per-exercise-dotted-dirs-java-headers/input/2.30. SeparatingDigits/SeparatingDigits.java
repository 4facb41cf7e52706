import java.util.Scanner;

/*

         Exercise:  2.30
         Filename:  SeparatingDigits.java
		 
      Description:  Read one five-digit number from the user, split it into
                    its single digits and print them with three spaces
                    between each pair.

           Author:  Eng.Fady Fawzy
          Version:  1.1

          Created:  11/8/2016
    Latest Update:  30/8/2016
         Revision:  30/8/2016

*/

public class SeparatingDigits
{
    public static void main( String[] args )
    {
        // Scanner that reads what the user types
        Scanner input = new Scanner( System.in );
        
        System.out.println( "Welcome to Separating the Digits in an Integer application" );
        System.out.print( "Please, Enter number consisting of five digits: " ); // ask the user
        int number = input.nextInt();
        
        int x1 = number % 10000;
        int x2 = x1 % 1000;
        int x3 = x2 %100;
        int x4 = x3 %10;
        
        System.out.printf( " %d   %d   %d   %d   %d\n",
                number / 10000, x1 / 1000, x2 / 100, x3 / 10, x4 / 1 );
    } // main ends here
} // class SeparatingDigits ends