import java.util.Scanner;

/*

         Exercise:  2.32
         Filename:  NegativePositiveZeroValues.java
		 
      Description:  Read five numbers, then count and print how many
                    were negative, how many were 
                    positive and how many were zero.

           Author:  Eng.Fady Fawzy
          Version:  1.1

          Created:  16/8/2016
    Latest Update:  30/8/2016
         Revision:  30/8/2016

*/

public class NegativePositiveZeroValues
{
    public static void main( String[] args )
    {
        // scanner for reading the user's numbers
        Scanner input = new Scanner( System.in );
        
        int number1, number2, number3, number4, number5;
        int positive = 0;
        int negative = 0;
        int zero = 0;
        
        // greeting
        System.out.println( "Welcome to Negative, Positive and Zero Number Determined Program" );
        
        System.out.print( "Please, Enter first integer to determine: " ); //ask user
        number1 = input.nextInt(); // get number one
        
        // classify number: negative, positive or zero?
        if ( number1 < 0 )
            negative = negative + 1;
        
        if ( number1 == 0 )
            zero = zero +1;
        
        if ( number1 > 0 )
            positive = positive + 1;
        
        System.out.print( "Please, Enter second integer to determine: " ); //ask user
        number2 = input.nextInt(); // get number two
        
        // classify number: negative, positive or zero?
        if ( number2 < 0 )
            negative = negative + 1;
        
        if ( number2 == 0 )
            zero = zero +1;
        
        if ( number2 > 0 )
            positive = positive + 1;
        
        System.out.print( "Please, Enter third integer to determine: " ); //ask user
        number3 = input.nextInt(); // get number three
        
        // classify number: negative, positive or zero?
        if ( number3 < 0 )
            negative = negative + 1;
        
        if ( number3 == 0 )
            zero = zero +1;
        
        if ( number3 > 0 )
            positive = positive + 1;
        
        System.out.print( "Please, Enter fourth integer to determine: " ); //ask user
        number4 = input.nextInt(); // get number four
        
        // classify number: negative, positive or zero?
        if ( number4 < 0 )
            negative = negative + 1;
        
        if ( number4 == 0 )
            zero = zero +1;
        
        if ( number4 > 0 )
            positive = positive + 1;
        
        System.out.print( "Please, Enter fifth integer to determine: " ); //ask user
        number5 = input.nextInt(); // get number five
        
        // classify number: negative, positive or zero?
        if ( number5 < 0 )
            negative = negative + 1;
        
        if ( number5 == 0 )
            zero = zero +1;
        
        if ( number5 > 0 )
            positive = positive + 1;
        
        System.out.printf( "number of negative numbers input = %d\n", negative );
        System.out.printf( "number of positive numbers input = %d\n", positive );
        System.out.printf( "number of zeros input = %d\n", zero );
        System.out.println( "Thank You" );
    }
}