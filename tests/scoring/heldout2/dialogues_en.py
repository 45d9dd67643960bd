"""Held-out set 2, English: 45 labelled dialogues (43 answered, 2 without turns).

Compact line format and label tokens: see ``tests/scoring/heldout/build_heldout.py``.
Labels were decided by meaning while writing, before any matcher run, and never changed after.
"""

from __future__ import annotations

from collections.abc import Callable

EMPTY = {
    10: ("no_answer", "hotel; rings out, nobody picks up"),
    22: ("busy", "plumber; line busy"),
}

D: list[tuple[str, str, str]] = [
    (
        "S1:pa G1 C1 N1 Q1:pa P1:pa X1:pa W1 B1",
        "beauty salon (UK); 'how did you come across us was it instagram or a friend'; 'shall i pop you in ... what name is it'",
        """
c[GCN]: good morning glow beauty lounge this is priya speaking
r: hi there i'd like to book a gel manicure for friday if you have anything
c: lovely let me just have a look and how did you come across us was it instagram or a friend
r: a friend recommended you
c: ah brilliant friday i've got half too or four
r@ask_product: how much is a gel manicure
c: gel manis are 32 pounds or 38 with nail art
r: great
c: shall i pop you in for half two and what name is it
r: emma
c[B]: perfect emma you're all booked thanks ever so much for calling see you friday
""",
    ),
    (
        "S0 G0 C1 N1 Q1:pa P1:pa X1:pa W1 B0",
        "vet clinic (US); no greeting; 'and the owner's name'; 'yep bye' is no polite closing",
        """
c[CN]: riverside animal hospital dana speaking
r: hello my dog has been limping since yesterday can a vet see him
c: okay is he putting wait on it at all
r: a little bit
r@ask_product: how much is a consultation
c: a standard exam is sixty five dollars x rays would be extra if the doctor needs them
r: okay
c: i can get him in at three forty today does that work
r: yes please
c: and the owner's name
r: mark
c: got it mark three fourty
r: thanks
c: yep bye
""",
    ),
    (
        "S0:rep G1 C1 N0 Q0 P0 X0 W0:asr B0",
        "language school (UK); fees sent to the 'web site'; 'most people tell us they found us on google' is a statement, not the source question",
        """
c[GC]: hello bright lingo language school
r: hi i'm after spanish lessons for beginners evenings if possible
c: yeah we ran a few evening groups
r@ask_product: how much does a term cost
c: oh it varies loads honestly the easiest thing is to look at the web site all the course fees are on there
r: could you give me a rough idea
c: sorry i'm just covering reception i don't have the fees in front a me
r: no worries
c: most people tell us they found us on google anyway so you'll find the site easy
r: okay thanks
c: no problem bye
""",
    ),
    (
        "S0 G0:out C0:rob N0 Q1 P1:pa X1:pa W1 B1:pa",
        "fitness club (AU); 'yeah', 'yep', then 'oh g'day' only after 10 s; company named only by the robot; free trial offered",
        """
c: yeah
r: hi is that iron bark fitness
c: yep
r: i'm looking at joining and wanted to know about memberships and whether you've got a pool
c[G]: oh g'day sorry mate it's flat out here no pool but we've got a sauna
r@ask_product: how much is a membership
c: it's twenty two ninety nine a week no lock in contract or nineteen ninety nine if you sign up for twelve months
r: right
c: come down for a free trial session whenever suits what's your name i'll put it on the door list
r: jess
c: no worries chess
r: thanks
c[B]: cheers jess have a good one
""",
    ),
    (
        "S0 G1 C0 N0 Q1:pa P0 X1:pa W1 B0",
        "plumber (UK); 'hello' greets; 'can't really say till he's had a look' (no answer); someone offered for four o'clock; 'what's the name for the job'",
        """
c[G]: hello
r: hi i've got a leak under my kitchen sink can someone come out
c: where abouts are you love
r: near the high street
c: right the lads are all out on jobs but i could get someone to you about four
r@ask_product: how much roughly would it cost to fix
c: can't really say till he's had a look depends what's gone
r: just a ballpark
c: honestly couldn't tell you
r: okay send someone please
c: what's the name for the job
r: dave
c: right dave he'll bring before he comes
""",
    ),
    (
        "S0 G1 C1 N1 Q1:pa P1:pa X1:pa W1:inc B1:pa",
        "hotel (US); rate given, then 'you can see pictures of the rooms on our website too' (incidental); 'the reservation will be under what name'",
        """
c[GCN]: good evening harbor view hotel front desk this is marcus
r: hi do you have any rooms for this saturday
c: let me check four one night
r: yes two adults
r@ask_product: what's the rate for a queen room
c: a queen room saturday is 189 dollars plus tax breakfast included you can see pictures of the rooms on our website too
r: sounds good
c: would you like me to hold that for you and the reservation will be under what name
r: claire dawson
c: perfect miss dawson your confirmed
r: thank you
c[B]: thank you for choosing harbor view have a great evening
""",
    ),
    (
        "S1:asr G1 C1 N0 Q0 P1:pa X1 W1 B1:pa",
        "wedding venue (UK); source question with a homophone 'how did you here about us'; viewing offered",
        """
c[GC]: good afternoon the old mill weddings
r: hi we're looking for a venue next june for about eighty guests
c: lovely and how did you here about us
r: we saw you at a wedding fair
c: oh great june saturdays are mostly gone we do have fry days
r@ask_product: what does it cost to hire the venue for a friday
c: friday exclusive hire is six and a half thousand then catering is from sixty five a head
r: okay
c: why don't you come and have a look round we do viewings on sundays
r: that'd be nice
c: brilliant all send you the details
r: thanks
c[B]: thanks for calling and congratulations
""",
    ),
    (
        "S0 G0 C1 N0 Q0 P0 X0 W0:asr B0",
        "tyre service (AU); no greeting; 'jump on the web sight and use the quote tool'; 'we don't take bookings first come first served' is policy, no invitation",
        """
c[C]: tyre world
r@ask_product: hi how much to fit four tyres on a corolla fifteen inch
c: mate it depends on the brand just jump on the web sight and use the quote tool it'll give you the price
r: could you tell me roughly
c: nah i'd be guessing it's all on there
r: okay can i book in
c: we don't take bookings it's first come first served
r: okay thanks
c: yep
""",
    ),
    (
        "S0 G1 C1 N0 Q0:neg P1:pa X1:pa W1 B1",
        "print shop (US); 'nope no name needed'; invoice by e-mail offered",
        """
c[GC]: hi quick print center
r: hi i need five hundred flyers double sided
r@ask_product: how much would that be and how long
c: 500 double sided on glossy is 95 dollars ready in two business days
r: do you need my name
c: nope no name needed just email the artwork and i'll send you an invoice
r: okay
c[B]: thanks for calling have a good one
""",
    ),
    (
        "S1:wf G1 C1 N1 Q1 P0 X1 W1 B1",
        "solar panels (UK); 'can i ask how you found us'; 'it really depends ... without a survey' (no answer); free survey offered",
        """
c[GCN]: good morning sunwise solar this is gareth
r: hello i'm interested in solar panels for a three bed semi
c: great can i ask how you found us
r: online advert
c: lovely and which weigh does the roof face
r@ask_product: south what would a system cost roughly
c: it really depends on the roof and the panels i wouldn't want to give you a figure without a survey
r: okay
c: we can send a surveyor out free of charge are mornings or afternoons better
r: mornings
c: lovely and who am i speaking to
r: tom
c: tom i'll book you in for tuesday mourning
r: thanks
c[B]: thanks tom have a lovely day
""",
    ),
    (
        "S0 G1 C1 N0:out Q1:pa P1:pa X1:pa W1:neg B0",
        "IT support (US); transfer and hold over 20 s, the manager's name comes after it (outside window); 'i won't point you to our website' (negated)",
        """
c[GC]: tech rescue good afternoon
r: hi we have twelve computers in our office and need a monthly support contract
c: sure let me transfer you to an account manger
c+25[N]: hey this is jordan how can i help
r@ask_product: we need support for twelve workstations how much per month
c: for twelve seats it's about fourteen hundred a month including onsite visits and i won't point you to our website the prices there are outdated
r: okay
c: i can put together a proposal and email it over today
r: please do
c: who should i address it to
r: sarah at our office
c: sure thing
r: thanks
c: yep later
""",
    ),
    (
        "S0:rob G1 C1 N1 Q1:wf P1:pa X1 W1 B1",
        "lawyer (UK); only the robot says who recommended the firm; 'may i take your name'",
        """
c[GCN]: good morning carter and lowe solicitors sophie speaking
r: good morning a friend recommended you i need help with a will
c: of course we can help with that
r@ask_product: how much do you charge for a simple will
c: a single will is two hundred and fifty plus vat mirror wills for a couple four hundred
r: that's fine
c: i can book you a free half hour consultation with one of our solicitors may i take your name
r: richard
c: thank you richard would thursday at ten suite
r: yes
c[B]: lovely we'll see you then thank you for calling
""",
    ),
    (
        "S0 G1 C0:rob N0 Q1:pa P1:pa X1:pa W1:rep B1:pa",
        "catering (AU); 'some places will just tell you to check their menu online but i'll give it to you straight' (reported, then a full answer); 'yeah that's us' only confirms",
        """
c[G]: hi there
r: hello is that feast catering
c: yeah that's us
r@ask_product: we need finger food for forty people at the office roughly how much per person
c: some places will just tell you to check their menu online but i'll give it to you straight it's from twenty eight dollars a head drinks extra
r: great
c: i can put a couple of menu options together and text them through
r: yes please
c: what name should i save you under
r: helen
c: no worries helen i'll send them with in the hour
r: thanks
c[B]: thanks heaps have a good arvo
""",
    ),
    (
        "S1:wf G1 C1 N1:wf Q1:wf P1:pa X1:pa W1 B1",
        "kitchen fitting (UK); 'did somebody recommend us'; 'you're speaking to nadia'; measuring visit offered",
        """
c[GCN]: hello kitchen craft good afternoon you're speaking to nadia
r: hi i'm looking to get a new kitchen fitted l shaped about three by two metres
c: lovely did somebody recommend us
r: yes my neighbours
c: oh that's nice to here
r@ask_product: what sort of budget would i need
c: depends on the doors but most kitchens that size come in between eight and twelve thousand fitted
r: okay
c: we could send someone to measure up and our designer will do a free plan
r: sounds good
c: can i take a name for the appointment
r: natalie
c[B]: lovely natalie someone will ring tomorrow to arrange thanks for calling
""",
    ),
    (
        "S0 G0 C1 N0 Q0 P0 X0 W1 B0",
        "driving school (US); no greeting; 'i'm not sure ... can you call back tomorrow' (no answer, no offer)",
        """
c[C]: drive smart driving school
r@ask_product: hi how much are lessons for a complete beginner
c: i'm not sure i'm just answering phones for the instructor can you call back tomorrow morning
r: what time
c: after nine
r: okay thanks
c: mm hm
""",
    ),
    (
        "S0:neg G1 C1:asr N0 Q1 P1:pa X1:pa W1 B1:wf",
        "pest control (UK); 'i won't bother asking how you found us' (negated); company split 'pest a way'",
        """
c[GC]: good morning pest a way pest control
r: hi we've got mice in the loft
c: okay we can deal with at
r@ask_product: how much is a treatment for mice
c: mice is a hundred and twenty for three visits and that's guaranteed
r: oh that's reasonable
c: i won't bother asking how you found us just tell me when suits for the first visit
r: saturday morning
c: saturday ten o'clock and your name please
r: linda
c: lovely linda
r: thanks
c[B]: thanks for the call have a nice day
""",
    ),
    (
        "S0 G0:rob C1:pa N0 Q1:pa P1:pa X1:pa W1 B0",
        "flower delivery (US); 'yeah go ahead', only the robot says hello; callee names the shop 'bloom and stem florist'",
        """
c: yeah go ahead
r: hello is this bloom and stem flowers
c[C]: yes bloom and stem florist
r@ask_product: i'd like two dozen roses delivered tomorrow how much would that be
c: two dozen red roses are eighty nine ninety five delivery in town is twelve
r: do you have white ones
c: we do white and blush ping
r: great
c: okay let's get the order in whose name is it under
r: paul
c: got it paul text me the a dress
r: thanks
c: yup
""",
    ),
    (
        "S1:pa G1 C1 N1 Q0 P1:pa X1:pa W1 B1:pa",
        "moving company (AU); hold over 20 s; 'where'd you get our number from'; closing 'all the best with the move'",
        """
c[GCN]: morning move it removals this is kev
r: hi i need to move a one bedroom flat across town
c: no worries just hang on a sec
c+30: sorry about that where'd you get our number from
r: from a flyer
c: ah good
r@ask_product: how much for a truck and two guys
c: it's one forty an hour for two men and a truck minimum three hours
r: okay
c: when are you moving i can lock in a date for you
r: not sure yet
c: alright just give us a bell when you no
r: thanks
c[B]: no worries all the best with the move
""",
    ),
    (
        "S0 G1 C0:rob N0 Q0 P0 X0 W0:pa B0",
        "beauty salon (US); 'have you been in with us before' is not the source question; price and booking sent online; 'okay bye'",
        """
c[G]: hello
r: hi is this luxe nails
c: yes
r: i'd like to book a pedicure
c: have you been in with us before
r: no first time
c: okay
r@ask_product: how much is a spa pedicure
c: it depends on the technician honestly everything's listed on our site just go online and you'll see it all
r: and booking
c: booking's online too through the website
r: okay
c: okay bye
""",
    ),
    (
        "S0 G1 C1 N1:pa Q0 P1:pa X0:rep W1 B1:pa",
        "vet clinic (UK); 'normally we'd just book you in ... but ... i can't' (usual offer described, withdrawn); 'ring us back on monday' is no offer; 'you're through to molly'",
        """
c[GCN]: good evening ashgrove vets you're through to molly
r: hi my dog needs his booster vaccination
c: okay
r@ask_product: how much is a booster and do you have the vaccine in
c: yes we've got it in stock it's fifty two pounds including the health check
r: great when can i come
c: normally we'd just book you in for whenever suits but the vet's off sick until monday so i can't at the moment
r: okay
c: ring us back on mondays
r: thanks
c[B]: thank you for calling give him a pat from us
""",
    ),
    (
        "S0 G1 C1 N1 Q1:asr P1:pa X1:pa W1 B1",
        "language school (US); name question with a homophone 'can i get you're name'; free first class offered",
        """
c[GCN]: hi polyglot academy this is julia
r: hi i'd like to sign my son up for german lessons he's ten
c: oh perfect were starting a kids group
r@ask_product: how much are the classes
c: it's twenty five dollars a class or one eighty for the eight week block
r: is there a trial
c: yes the first class is free i can sign him up for saturday can i get you're name
r: it's sandra
c: great sandra saturday at a leven
r: thanks
c[B]: see you saturday take care
""",
    ),
    (
        "S0 G1 C1 N0:out Q0 P1:pa X1:pa W1:inc B1:pa",
        "fitness club (UK); timetable on the website after the prices (incidental); another person's name 'that's rachel'; own name only late (outside window)",
        """
c[GC]: hello pulse fitness
r: hi are there any yoga classes
c: yes three times a weak
r@ask_product: how much is a drop in class
c: drop in is eight pounds or a ten class pass is sixty timetable's on the website as well if you want it
r: who teaches them
c: that's rachel she's brilliant
r: can i come for a trial
c: yeah come along on wednesday at seven it's free
r: great
c[N]: if you need anything i'm ben on reception
r: thanks
c[B]: cheers have a good evening
""",
    ),
    (
        "S1:wf G1 C0 N0 Q1 P1:pa X1:pa W1:rob B0",
        "plumber (US); only the robot mentions the website; 'so how'd you find us'",
        """
c[G]: hello hey
r: hi i saw on your website that you install water heaters
c: yep we do
r@ask_product: how much to install a forty gallon water heater
c: install runs about four fifty without the unit and around twelve hundred with a standard tank
r: when could you do it
c: i've got tomorrow afternoon open want me to put you down
r: yes
c: so how'd you find us the website you said
r: yes
c: right and what's your name
r: kevin
c: alright kevin the tech will call a head
r: thanks
c: yep
""",
    ),
    (
        "S0 G1 C1 N0 Q0 P1:pa X0 W1 B0:out",
        "hotel (UK); polite closing said, then the call goes on for over 30 s (outside window); 'we'd love to have you' is no concrete step",
        """
c[GC]: good afternoon the grange hotel
r: hi do you have parking
c: yes free parking for guessed
r@ask_product: is the suite available this saturday and how much
c: the suite's free on saturday it's around two hundred quid including breakfast
r: okay i'll think about it
c[B]: of course we'd love to have you thanks for calling have a lovely day
r: oh wait sorry are dogs allowed
c+20: sorry i was on the other line yes dogs under ten kilos twenty pounds a night
r: and do you do airport transfers
c: on request thirty five each weigh
r: okay
c: mm
""",
    ),
    (
        "S0 G1 C0:rob N0 Q0:rob P0 X1:pa W0:pa B0",
        "wedding venue (US); 'everything is on our web page under weddings'; the robot asks the callee's name; 'you don't need my name'; visit invited",
        """
c[G]: good afternoon
r: hi is this the rosewood estate
c: yes
r@ask_product: how much is your wedding package per guest
c: we don't quote packages over the phone everything is on our web page under weddings pricing and photos
r: can you give me a ballpark
c: it varies like i said just look it up there
r: could i come see the venue
c: sure come by any weekday between noon and six
r: great and what's your name
c: oh you don't need my name any one here can show you around
r: okay bye
c: mhm
""",
    ),
    (
        "S1:pa G1 C1 N1 Q1:pa P1:pa X1:pa W1:inc B1:pa",
        "tyre service (UK); 'did you see an ad or did somebody point you our way'; stock and prices, then tread pictures on the site (incidental)",
        """
c[GCN]: good morning tread right tyres this is mike
r: hi i need winter tyres for a fiesta one nine five fifty fifteen
c: let me just cheque
r@ask_product: what have you got in stock and how much
c: we've got michelin alpin at ninety four each and a budget nexen at fifty eight both in stock tread pictures are on the site if you like
r: okay
c: out of interest did you see an ad or did somebody point you our way
r: an ad on the radio
c: right i can hold a set for you what name shall i put on them
r: dennis
c: that's held till tomorrow evening tennis
r: thanks
c[B]: cheers dennis drive safe
""",
    ),
    (
        "S0 G0 C1 N0 Q1:pa P0 X1:pa W1 B0",
        "print shop (AU); no greeting; 'let me check and i'll ring you back' (no answer, call back at their initiative); 'who should i ask for'",
        """
c[C]: print hub
r: hi i need a banner printed three by one metre
r@ask_product: how much with eyelets
c: not sure the printers out let me check and i'll ring you back within the hour
r: okay
c: your number's come up who should i ask for
r: greg
c: okay
r: thanks
c: yep bye
""",
    ),
    (
        "S0 G1 C1 N0:rob Q0 P1:pa X1:pa W1:neg B1",
        "solar panels (US); 'i'm not going to send you to our website' (negated); only the robot gives a name; estimate from roof photos offered",
        """
c[GC]: hi sun ridge solar
r: hello my name is olivia i want panels on my cabin
c: for a cabin sure i'm not going to send you to our website the calculator there is useless i'll just tell you
r@ask_product: how much is a five kilowatt system installed
c: installed five kilowatt is about fourteen thousand before the tax credit give or take depending on the inverter
r: okay
c: olivia i can do a proper estimate if you text me some photos of the roof
r: sure
c: great
r: thanks
c[B]: thank you have a great day
""",
    ),
    (
        "S0 G1:asr C1 N1 Q0 P1:pa X1:pa W1 B0",
        "IT support (UK); greeting misheard 'good mourning'; 'bring it into the shop on mill road'",
        """
c[GCN]: good mourning pc doctor it support ian speaking
r: hi my laptop won't turn on
c: did it get dropped or any spells
r: no it just stopped
r@ask_product: how much is a diagnosis and how long does it take
c: diagnosis is free if we do the repair usually a day or two
r: okay
c: bring it into the shop on mill road anytime nine to six
r: okay thanks
c: alright
""",
    ),
    (
        "S0 G1 C1 N1 Q1 P0 X0 W0:pa B0",
        "lawyer (US); 'you'll find our fee schedule on our website'; 'if you decide to go ahead just give us a call' is no offer; 'you're welcome' alone is no closing",
        """
c[GCN]: good afternoon baker and associates this is linda
r: hi i need help with a wrongful termination
c: may i have your name please
r: robert
c: thank you robert attorney grant handles employment madders
r@ask_product: what are his fees for a case like that
c: you'll find our fee schedule on our website under practice areas we don't discuss fees over the phone
r: okay
c: if you decide to go ahead just give us a call
r: okay
c: you're welcome
""",
    ),
    (
        "S1:wf G1 C0:rob N0 Q1:pa P1:pa X1 W1 B1:asr",
        "catering (UK); 'can i ask how you heard about us'; closing misrecognised 'thanks four calling have a love lee day'",
        """
c[G]: hello good morning
r: hi is that chef on wheels catering
c: it is yes
r@ask_product: we need a buffet for fifty at a birthday roughly what would it cost
c: a hot buffet with staff starts from twenty four pound a head crockery included
r: okay
c: can i ask how you heard about us
r: found you on google
c: great i can email you our menus and a quote
r: yes please
c: what's the email and your name
r: anna anna at mail dot com
c: got it anna aisle send it today
r: thanks
c[B]: thanks four calling have a love lee day
""",
    ),
    (
        "S0 G1 C1 N1 Q0 P0 X0 W1 B0",
        "kitchen fitting (US); transfer, hold over 20 s, 'could you call back in half an hour' (no answer, no offer)",
        """
c[GCN]: hi cabinet studio this is lena
r: hi i'm interested in solid oak cabinets
r@ask_product: roughly how much per linear foot
c: let me transfer you to a designer she'll go threw all that please hold
c+35: hi the designer's tied up could you call back in half an hour
r: okay
c: mhm
""",
    ),
    (
        "S1:wf G1 C1 N1 Q1 P1:pa X1 W1 B1:pa",
        "driving school (AU); 'how'd you hear about our school'; closing as a wish 'no worries good luck with it'",
        """
c[GCN]: g'day safe steer driving school bec speaking
r: hi i want to learn to drive manual
c: awesome how'd you hear about our school
r: my sister learned with you
r@ask_product: how much are lessons and how long does it take
c: lessons are seventy five an hour or ten for six ninety most people need about twenty
r: okay
c: our next intake starts on the fifteenth come in with your id and we'll sign you up
r: good
c: what's your name and i'll pencil you in
r: dasha
c: done dasher
r: thanks
c[B]: no worries good luck with it
""",
    ),
    (
        "S0 G0 C0:rob N0:rob Q1:wf P0 X0 W0:pa B0",
        "pest control (US); 'yeah', 'yeah'; 'who am i talking to' asks the caller; price sent to the site calculator",
        """
c: yeah
r: hi is this bug busters pest control
c: yeah
r: we have bed bugs in our apartment
c: okay and who am i talking to
r: my name is lucy
r@ask_product: how much is a bed bug treatment for a three bedroom
c: there's a calculator on our site put in the square footage and it'll price it
r: can you tell me yourself
c: like i said the site will work it out
r: okay
c: yep
""",
    ),
    (
        "S0 G1 C0:out N0 Q0 P1:pa X0 W1 B1",
        "flower delivery (UK); shop named only after 15 s; peonies out of season with alternatives and prices; no offer",
        """
c[G]: hello
r: hi do you deliver flowers in town i'd like to send a birthday bouquet to my mum she lives on the other side of the city
c: yes we due
r: sorry which shop is this i got your number off a card in my wallet
c[C]: oh we're petals flower shop on the high street
r@ask_product: how much would a bouquet of peonies be
c: peonies are out of season at the moment but we've got roses and hydrangeas mixed bouquets from forty pounds
r: no peonies at all
c: not till june
r: okay i'll think about it
c[B]: no problem thanks for calling
""",
    ),
    (
        "S0 G1 C1 N0 Q0 P0 X0:neg W0:pa B0",
        "moving company (US); 'without an inventory i can't say' plus an estimate form on the website; 'we don't send estimators and i'm not booking anything' (negated offer)",
        """
c[GC]: good morning swift movers
r: hi we need to move our office twenty desks
r@ask_product: what would that cost
c: for an office it's hard to say depends on the furniture and the floors without an inventory i can't say there's an estimate form on our website you can use
r: could someone come out and look
c: no we don't send estimators and i'm not booking anything until we get the inventory
r: how do i send it
c: just make a list and e mail it
r: okay
c: mhm
""",
    ),
    (
        "S1:asr G1 C1 N1:wf Q1 P1:pa X1:pa W1 B1",
        "beauty salon (AU); 'the name's chloe'; source question with a dropped syllable 'how did you hear bout us'",
        """
c[GCN]: good afternoon mint hair studio the name's chloe
r: hi i need a men's haircut today
c: i've got a seven a clock
r@ask_product: how much is a men's cut
c: men's cut is 45 or 50 with a wash
r: great book me in
c: booking you in now what's your name
r: pete
c: pete and how did you hear bout us if you don't mind me asking
r: i live around the corner
c: ah good see you at seven than
r: thanks
c[B]: no worries have a good day
""",
    ),
    (
        "S0:rep G1 C1 N1 Q1:pa P1:pa X1 W1:inc B1",
        "vet clinic (US); 'our front desk says most people come to us from reviews' (statement); price list on the website after the answer (incidental)",
        """
c[GCN]: good morning paws and claws vet clinic this is erin
r: hi my cat needs to be neutered
c: okay how old is a
r: one year
r@ask_product: how much is a neuter for a cat
c: a cat neuter is one hundred and fifty dollars with anesthesia the full price list is on our website too if you ever need it
r: are you any good
c: well our front desk says most people come to us from reviews
r: okay
c: let's get him booked in for a morning drop off what's his name and yours
r: the cat's max i'm vera
c: vera and macs thursday at nine
r: thanks
c[B]: thank you bye now have a good one
""",
    ),
    (
        "S0 G1:pa C0:rob N0 Q0 P0 X0 W0:pa B0",
        "motel (AU); 'g'day'; price sent to 'booking dot com', counted as a website deflection",
        """
c[G]: g'day
r: hi is this the sandy shores motel
c: yep
r@ask_product: how much is a double room for a week in january
c: oh january i couldn't tell you prices change all the time just check booking dot com it's all up to date there book through them
r: can't i book direct
c: you can but i can't give you a price write now
r: okay thanks
c: yep
""",
    ),
    (
        "S0 G1 C0:rob N0 Q0 P1:pa X1 W1 B1",
        "language school (UK); 'where are you calling from' is not the source question; online trial offered",
        """
c[G]: hello good afternoon
r: hi is that english house language school
c: yes where are you calling from
r: from manchester
c: oh we're only in leads
r@ask_product: do you do online lessons and how much are they
c: yes online one to one is twenty eight pounds for forty five minutes
r: okay
c: would you like me to book you a trial lesson online
r: i'll think about it
c[B]: no problem thanks for calling all the best
""",
    ),
    (
        "S1:pa G1 C1 N1:pa Q1:wf P1:pa X1:pa W1 B1",
        "fitness club (US); 'what brought you our way'; 'coach kyle'; 'what's your first name'",
        """
c[GCN]: good morning titan fitness coach kyle
r: hi i'm interested in personal training
c: awesome what brought you our way
r: saw an ad on the subway
r@ask_product: how much is a personal training session
c: one hour is eighty bucks or ten sessions for seven hundred
r: okay
c: let me book you a free intro session what's your first name
r: nick
c: nic does monday at six work
r: yes
c[B]: awesome see you monday thanks for calling
""",
    ),
    (
        "S0 G0 C1 N0 Q0 P1:pa X0 W1 B0:out",
        "kitchen fitting (UK); no greeting; lead time answered; closing said, then the call goes on for over 30 s; free survey only stated",
        """
c[C]: kitchen plus
r@ask_product: hello how long does it take to make a made to measure kitchen
c: it's about nine weeks from the survey and the deposit
r: okay thanks
c[B]: thanks for calling have a nice day
r: oh is the survey free
c+30: sorry couldn't here you yes the survey's free in town
r: okay
c: mm
""",
    ),
    (
        "S0 G1 C1 N1 Q1:pa P1:pa X1 W1:rep B1:pa",
        "print shop (UK); 'most places would tell you to look at the price list online but i'll just work it out' (reported, then a full answer); 'whose name shall i put the order under'",
        """
c[GCN]: good afternoon copy corner olga speaking
r: hi i need my dissertation printed and bound a hundred pages
r@ask_product: how much would it be and when could i collect
c: most places would tell you to look at the price list online but i'll just work it out printing's ten pounds hard binding sixteen so twenty six ready tomorrow lunchtime
r: great
c: email the file over and pop in after twelve tomorrow
r: okay
c: whose name shall i put the order under
r: kieran
c: done karen
r: thanks
c[B]: you're welcome good luck with it
""",
    ),
]


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English transcripts ``en2_h01`` ... ``en2_h45``."""
    rows = iter(D)
    for i in range(1, 46):
        name = f"en2_h{i:02d}"
        if i in EMPTY:
            outcome, note = EMPTY[i]
            emit(name, "en", "", "", note, outcome=outcome)
            continue
        spec, note, script = next(rows)
        emit(name, "en", spec, script, note)
    assert next(rows, None) is None, "more dialogues than slots"
