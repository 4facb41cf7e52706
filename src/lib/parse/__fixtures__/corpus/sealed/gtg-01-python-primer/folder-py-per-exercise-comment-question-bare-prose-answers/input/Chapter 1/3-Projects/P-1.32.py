# Simulate a simple console calculator that reads one number or operator per
#  line and shows the display after each.

# This answer was produced by DeepSeek
current_value = 0.0
first_operand = None
pending_operator = None

while True:
    line = input().strip()
    if not line:
        continue

    # Is the line a number?
    try:
        num = float(line)
        current_value = num
        print(current_value)
        continue
    except ValueError:
        pass

    # Otherwise treat it as an operator or '='
    if line in ['+', '-', '*', '/', '=']:
        if line == '=':
            if pending_operator is not None and first_operand is not None:
                try:
                    if pending_operator == '+':
                        result = first_operand + current_value
                    elif pending_operator == '-':
                        result = first_operand - current_value
                    elif pending_operator == '*':
                        result = first_operand * current_value
                    elif pending_operator == '/':
                        if current_value == 0:
                            raise ZeroDivisionError
                        result = first_operand / current_value
                    current_value = result
                    print(current_value)
                except ZeroDivisionError:
                    print("Error")
                    current_value = 0.0
                    first_operand = None
                    pending_operator = None
                # Start fresh once '=' has been handled
                first_operand = None
                pending_operator = None
            else:
                # Nothing pending, so just show the current value
                print(current_value)
        else:
            # The remaining operators: '+', '-', '*', '/'
            had_pending = pending_operator is not None
            if had_pending:
                try:
                    if pending_operator == '+':
                        result = first_operand + current_value
                    elif pending_operator == '-':
                        result = first_operand - current_value
                    elif pending_operator == '*':
                        result = first_operand * current_value
                    elif pending_operator == '/':
                        if current_value == 0:
                            raise ZeroDivisionError
                        result = first_operand / current_value
                    current_value = result
                    print(current_value)
                except ZeroDivisionError:
                    print("Error")
                    current_value = 0.0
                    first_operand = None
                    pending_operator = None
                    # Stop handling this line here
                    continue
            # Remember the operand and operator for next time
            first_operand = current_value
            pending_operator = line
            # Show the value if no operator was waiting
            if not had_pending:
                print(current_value)
    else:
        # Anything else is ignored, as the task allows
        pass
