"""Held-out set 14, English dialogues (compact line format of ``tests/scoring/heldout/build_heldout.py``).

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues."""
    L = "en"
    emit(
        "en14_h01",
        L,
        "S0 G1:pa C1 N0 Q1:pa P1:pa,asr X1:pa W1 B1:pa",
        """
c[GC]: g'day bayside crane hire
r: hi there i need a franna crane for a day on a site in brisbane
c: no worry is what are you lifting
r: steel beams about four tonnes each
r@ask_product: what's the day rate for a twenty tonne franna
c: twenty tonne franna with operator is one eighty five and our plus gst minimum four hours
c: reckon i could pencil you in for thursday if that suits
r: maybe let me check
c: no dramas mate who've i got on the line
r: it's james
c[B]: righto james cheers for calling talk soon
""",
        note="crane hire, Australian",
    )
    emit(
        "en14_h02",
        L,
        "S1:pa G1 C1 N1:wf Q1:pa P1:pa X1:pa,asr W1 B1:pa",
        """
c[GCN]: good morning green fork catering this is harriet
r: good morning we're after a vegan buffet for a leaving do thirty people
c: lovely and may i ask how you came across us
r: a colleague mentioned you
r@ask_product: roughly how much per head would that be
c: our standard buffet is fourteen fifty a head the premium one is nineteen
c: i can e mail over both menus and hold the date for you
r: yes please
c: and what name is that under
r: priya
c[B]: thank you priya lovely to speak to you have a good day
""",
        note="vegan catering, British formal",
    )
    emit(
        "en14_h03",
        L,
        "S0 G0 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[C]: stash it luggage storage
r: hi i've got a question
r@ask_product: how much to store two bags for the afternoon near the station
c: you'll wanna book on our app or the website prices are on there
r: can you give me a ballpark
c: it changes by location i don't have that in front of knee
r: okay
c: yup
""",
        note="luggage storage, American; price sent to app/website",
    )
    emit(
        "en14_h04",
        L,
        "S1:asr G1:pa C1 N1:pa Q0 P1:pa X1:pa W1 B0",
        """
c[G]: hey hey
r: hi is this the surf school
c[C]: yeah you've got salty bay surf school
c[N]: jacko here what can i do ya for
r: my two kids want lessons over the holidays
c: sweet as how'd you hear bout us
r: from a friend
r@ask_product: how much is a group lesson for kids
c: kids group is sixty bucks for ninety minutes boards and wetties included
c: i can lock em in for monday morning
r: let me check with my partner
c: all good
""",
        note="surf school, Australian; 'bout' with the 'a' dropped; 'all good' is not a closing",
    )
    emit(
        "en14_h05",
        L,
        "S0:rob G1 C1 N0:out Q1:wf P0 X1:pa W1 B1:pa",
        """
c[GC]: good afternoon pine and pocket tiny homes
r: hi i saw your ad on facebook and wanted to ask about a build
c: shore thing let me grab someone
c+40[N]: hey sorry about that this is dwayne
r@ask_product: what does a twenty four foot tiny house on wheels typically run
c: honestly every build's different i'd have to sit down with you before throwing numbers around
c: i could do a free design call with you next week
r: sure
c: great what's a good name and e mail
r: mark at example dot com
c[B]: got it mark thanks a bunch for reaching out
""",
        note="tiny house builder; the robot volunteers its source; own name after a 40 s hold; no figure given",
    )
    emit(
        "en14_h06",
        L,
        "S1:wf G1 C0 N0 Q1 P1:pa,asr X1:pa W1 B1:pa",
        """
c[G]: hello
r: hello is that the woodworking school
c: it is ya
r: i'm interested in the evening classes
r@ask_product: is there space on the next beginners course
c: there is weave three spaces left on the tuesday evening one starting the fourteenth
c: sure i'll pop your name down now will i what's your name
r: aoife
c: grand aoife and how did ya find us at all
r: google
c[B]: lovely stuff thanks a million aoife
""",
        note="woodworking classes, Irish; 'it is yeah' only confirms the business",
    )
    emit("en14_h07", L, "", "", note="no answer", outcome="no_answer")
    emit(
        "en14_h08",
        L,
        "S0 G1:pa C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: morning bright panel cleaning
r: morning i've got sixteen panels on a two storey house
r@ask_product: what would you charge to clean them
c: best thing is use the instant quote tool on our site pop your postcode in
r: could you not just tell me
c: it really depends on axis i'm afraid
c: you'll get a price straight away online
r: right okay
c: okey dokey bye
""",
        note="rooftop solar cleaning, British; quote tool deflection",
    )
    emit(
        "en14_h09",
        L,
        "S0 G0 C1 N0 Q1:wf P1:pa X1:pa W1:rep B0",
        """
c[C]: yeah keycraft
r: hi i'm looking for a custom mechanical keyboard
c: nice what lay out
r: seventy five percent with tactile switches
r@ask_product: how much does a build like that cost
c: a seventy five percent with tactile switches and pbt caps usually lands around two sixty to three hundred
c: people always say oh just check your site but honestly just ask me
c: i can mock up a build sheet and text it to you
r: sounds good
c: whats your name man
r: leo
c: cool leo later
""",
        note="custom keyboards, American; others' 'check your site' reported",
    )
    emit(
        "en14_h10",
        L,
        "S1 G1 C1 N1 Q0 P1:pa,asr X1:wf W1 B1",
        """
c[GCN]: hello smokehouse shop sandra speaking
r: hello do you do smoked salmon by post
c: we do aye
r@ask_product: how much is a kilo of the oak smoked
c: a kilo of the oak smoked side is for tea two pound and postage is eight fifty
c: and where did you hear about us was it the farmers market
r: yes the market
c: ah good i can take the order over the phone now if you like
r: not yet thanks
c[B]: no bother thanks for calling have a lovely day
""",
        note="fish smokery shop, Scottish",
    )
    emit(
        "en14_h11",
        L,
        "S0:neg G1 C1 N0 Q1 P1:pa X1:pa W1:inc B1:pa",
        """
c[GC]: hi there honeybrook apiary
r: hi i'm interested in a beginners beekeeping course
c: oh great well i won't grill you on how you found us let's talk courses
r@ask_product: when does the next one start and what's the fee
c: next one starts may third it's four saturdays two hundred and twenty five dollars suit rental included
c: our full syllabus is on the website too if you want the details
c: want me to save you a seat
r: yes please
c: perfect and who am i speaking with
r: karen
c[B]: thanks karen we'll see you in may
""",
        note="beekeeping courses; source question negated; site after the full answer",
    )
    emit(
        "en14_h12",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X0 W1 B0:out",
        """
c[GC]: good afternoon rentatop
r: hi i need twelve laptops for a training day
c: let me check stalk one moment
c+45: thanks for holding we do have twelve available
r@ask_product: what's the price per laptop for one day
c: it's twenty five pounds per machine per day delivery's free in london
c[B]: thank you so much for calling us by the way
r: can you also provide a projector
c+35: projectors are separate forty pounds a day
r: okay
c: mm hm
""",
        note="laptop rental; 45 s hold; thanks said more than 30 s before the end",
    )
    emit(
        "en14_h13",
        L,
        "S0 G1 C1 N0 Q1:pa P1:pa X1:pa W1:neg B1:pa",
        """
c[G]: hello
r: hello is this the office window film company
c[C]: yes clearview films
r: we have glare problems in our second floor office
r@ask_product: how much would solar film be for about forty square metres
c: i'm not going to send you off to the website for that it's roughly thirty five pounds a square metre fitted so about fourteen hundred
c: i can have a surveyor come round on monday
r: monday works
c: smashing whose name shall i put down
r: tom baker
c[B]: thanks tom have a good afternoon
""",
        note="window film for offices, British; website negated",
    )
    emit(
        "en14_h14",
        L,
        "S0:rep G1 C1 N1:wf Q0 P0 X0 W1 B0",
        """
c[GCN]: good morning circuit kids robotics this is amanda
r: good morning i'm looking at your after school program
c: oh wonderful our director always wants us to ask people how they heard about us but i'll skip that
r@ask_product: how much is the after school program per month
c: it depends on the daze i'd need to check with the director
c: call back after three and she'll have the details
r: okay thank you
c: you're welcome bye
""",
        note="kids' robotics club; source question only reported; 'call back after three' is not an offer",
    )
    emit(
        "en14_h15",
        L,
        "S0 G0 C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[C]: scooter doctor
r: hi my scooter's brakes are squeaking
c: witch model
r: a pure air pro
r@ask_product: how much to replace the brake pads
c: look all the repair prices are on our web sight
r: and roughly
c: just check the web sight mate
r: fine
c: ta
""",
        note="electric scooter repair; 'web sight' homophone",
    )
    emit(
        "en14_h16",
        L,
        "S1:wf G1 C1 N1 Q1 P1:pa,asr X1:pa W1:inc B1:pa",
        """
c[GCN]: good afternoon vintage vault cellars my name is richard how can i help
r: hi we're remodelling our basement and want a wine cellar
c: fantastic congratulations on the project now before we dive in may i ask who referred you to us or did you find us online
r: our architect
r@ask_product: what would a cellar for about five hundred bottles cost
c: for five hundred bottles with redwood racking and a duct it cooling unit most of our clients land between twenty eight and thirty five thousand dollars you can see photos of past cellars on our website as well
c: what i'd suggest is a site visit so we can measure and give you a firm proposal
r: that sounds good
c: and your name please
r: susan
c[B]: thank you susan we'll be in touch enjoy the rest of your day
""",
        note="wine cellar construction, American; one long answer turn with photos on the site after the price",
    )
    emit(
        "en14_h17",
        L,
        "S0 G1:pa C1 N0 Q0 P1:pa X1 W1 B0",
        """
c[G]: hiya
r: hi do you do hydrotherapy for dogs
c[C]: we do yeah this is paws and splash hydrotherapy
c: where are you calling from now
r: cork city
r@ask_product: how much is a session
c: a half hour session is forty euro the first assessment is sixty
c: i can get ye in wednesday at ten
r: great
c: grand sew and the dogs name
r: buster
c: right so bye bye now
""",
        note="hydrotherapy pool, Irish; 'where are you calling from' and the dog's name are near misses",
    )
    emit(
        "en14_h18",
        L,
        "S0 G0 C0 N0 Q0 P1:pa X1:pa W1 B0",
        """
c: yeah
r: hi is this the snow removal service
c: yup what do you knead
r: i need my driveway plowed this winter
r@ask_product: do you have a seasonal contract and what does it cost
c: seasonal for a standard driveway is four fifty covers every snowfall over two inches
c: i can put you on the route starting december
r: okay let me think
c: sure thing give us a call if you decide
r: thanks
c: yep
""",
        note="snow plough, American Midwest; 'yup' only confirms",
    )
    emit(
        "en14_h19",
        L,
        "S0 G0:out C0:out N0:out Q1:wf P1:pa X1:pa,asr W1 B1:pa",
        """
c: hold please
c+20[GC]: hello sorry about that picturehouse events
r: hi i'd like to hire a screen for a private party
c[N]: okay my name's gemma i look after bookings
r@ask_product: how much for screen two on a saturday afternoon
c: screen two is four hundred and fifty pounds for three hours including the projectionist
c: i can pencil it in and send you the booking for
r: please do
c: lovely and can i take a name for the booking
r: daniel
c[B]: thank you daniel have a lovely weekend
""",
        note="cinema hall rental; greeting, venue and own name only after a 20 s hold",
    )
    emit(
        "en14_h20",
        L,
        "S1:pa G1 C1 N0 Q1:pa P1:pa X1:pa,asr W1:inc B1:pa",
        """
c[GC]: hi there second chance fosters
r: hi i'd like to foster a cat
c: oh yay so what brought you to us
r: a friend fosters with you
r@ask_product: how long does approval usually take
c: usually about a week once the application and home check are done
c: there are photos of the cats who need homes on our site as well if you want a peek
c: i can email you the applic ation today
r: perfect
c: and your name hon
r: dana
c[B]: thanks dana have a great day
""",
        note="foster pet agency; site only for photos after the answer",
    )
    emit(
        "en14_h21",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0 B0",
        """
c[C]: ocean rider surf camp
r: hi
c[G]: hey there
r@ask_product: do you have private lessons this weekend and how much
c: check the website for the schedule and pricing it's all on there
r: when will you know about the weekend
c: try us fry day
r: okay
""",
        note="surf school, short; 'try us friday' is not an offer",
    )
    emit(
        "en14_h22",
        L,
        "S0 G1 C1 N1 Q0:rob P1:pa X1:pa W1 B1:wf",
        """
c[GCN]: good afternoon keysmith workshop oliver speaking
r: good afternoon i'm sorry who am i speaking to
c: oliver
r@ask_product: how long is the wait for a custom built keyboard
c: we're running at about six weeks at the moment
c: i could put a deposit down for you to secure a slot
r: not just yet
c[B]: no problem thanks for your call
""",
        note="custom keyboards; only the robot asks a name",
    )
    emit(
        "en14_h23",
        L,
        "S0 G1:pa C1 N1:pa Q0 P1:pa,asr X1:pa W1:inc B1:pa",
        """
c[GCN]: morning little nest homes shaz speaking
r: morning we're thinking about a tiny home for the backyard
r@ask_product: what's the starting price
c: our base model starts at eighty nine gran and the bigger ones go up to one forty
c: floor plans are all on the website too if you want a squiz
r: okay
c: i can send you a brochure what's your email
r: jen at example dot com
c[B]: beaut thanks jen have a good one
""",
        note="tiny house builder, Australian; e-mail asked, not the name",
    )
    emit(
        "en14_h24",
        L,
        "S0 G0 C0 N0 Q0 P0 X0:neg W1 B0:rob",
        """
c: yeah
r: hello is that the crane hire place
c: yeah
r: i need a mobile crane for a day next month
r@ask_product: what's your day rate
c: you'll want to speak to the off ice they're not in today i can't book anything for you
r: when are they in
c: mon day
r: okay thanks have a good day
c: right
""",
        note="crane hire, British; only the robot closes politely",
    )
    emit(
        "en14_h25",
        L,
        "S1:asr G1 C1 N1:pa Q1:wf P1:pa X1:pa,asr W1 B1:pa",
        """
c[GC]: hello plant plate catering
r: hi we're planning a vegan wedding for eighty guests
c: congratulations how did you here about us
r: instagram
c[N]: awesome i'm mia i'm the events coordinator
r@ask_product: what's the per person price for a plated dinner
c: plated dinners start at fifty two per person with three courses
c: i'd love to set up a testing for you
r: sure
c: can i get your name
r: claire
c[B]: thanks so much claire talk soon
""",
        note="vegan catering; 'here' for 'hear'",
    )
    emit(
        "en14_h26",
        L,
        "S1:wf G1:pa C1 N1:wf Q0 P1:pa X1:pa W1 B1:wf",
        """
c[GN]: afternoon this is pete
r: afternoon is this the beekeeping course
c[C]: that's right the bee school at hollow farm
r@ask_product: how much is the two day taster
c: the two day taster is one hundred and thirty quid lunch included
c: are you wanting me to book you in for june
r: perhaps
c: how did you find out about us then
r: a neighbour keeps bees
c: ah lovely well let me no
r: i will
c[B]: thanks ever so much for ringing
""",
        note="beekeeping courses, British",
    )
    emit(
        "en14_h27",
        L,
        "S0 G1 C1 N0 Q0:rep X0 W1 B0",
        """
c[GC]: hello techlease
r: hi do you rent macbooks
c: we do my boss says always get a name but whatever
r: okay i'll call back later
c: sure
""",
        note="laptop rental; short, the robot never reaches the product question; name rule only reported",
    )
    emit(
        "en14_h28",
        L,
        "S1:pa G1 C1 N1 Q0 P0 X0 W0:pa B1",
        """
c[GCN]: good morning shade pro window films this is carlos
r: hi we need privacy film for our conference room glass walls
c: sure did you see our ad on the building or was it a google search
r: google
r@ask_product: what's the price for frosted film on about twenty linear feet of glass
c: for pricing it's easiest to use the estimator on our website it'll give you a number right away
r: can you give me a rough idea
c: i really can't with out measurements
c[B]: thanks for calling
""",
        note="window film; estimator on the website instead of a price",
    )
    emit(
        "en14_h29",
        L,
        "S0 G1:asr C1 N1:pa Q1:pa P1:pa X1 W1 B1:pa",
        """
c[GC]: good mourning aqua ease hydrotherapy
r: good morning my mother has arthritis and her physio suggested hydrotherapy
c[N]: oh right i'm lucy the receptionist
r@ask_product: how much is a course of sessions
c: six sessions is two hundred and forty pounds or forty five for a single
c: shall i book her a first assessment
r: yes please
c: and your name and hers
r: i'm rob and she's margaret
c[B]: thank you rob have a good weekend bye
""",
        note="hydrotherapy pool, British; 'mourning' homophone",
    )
    emit(
        "en14_h30",
        L,
        "S0 G0 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[C]: sugar sparkle toppers
r: hi i'd like a custom topper for a fortieth birthday
r@ask_product: how much would a gold glitter one with a name be
c: all the options and prices are on our etsy shop just type sugar sparkle in
r: can you tell me roughly
c: um they very
r: okay
c: bye
""",
        note="cake toppers; online shop deflection",
    )
    emit(
        "en14_h31",
        L,
        "S1:pa G1 C1 N1:pa Q1:wf P1:pa X1:pa,asr W1 B1:pa",
        """
c[GC]: good morning burren smokehouse
r: good morning do you have smoked mackerel in stock
r@ask_product: and what's the price
c: we have yeah the peppered and the plain both at six euro fifty a pack
c[N]: i'm niamh by the way
c: will i put some a side for you
r: yes two packs
c: no bother what's the name
r: fionn
c: and tell me who told you about us
r: a friend in galway
c[B]: ah great thanks fionn mind yourself
""",
        note="fish smokery shop, Irish",
    )
    emit(
        "en14_h32",
        L,
        "S0 G1 C0 N0 Q0 P1:pa X0 W1 B0:rob",
        """
c[G]: hello
r: hello is this northern plow
c: yep
r@ask_product: do you still have openings for residential clearing this season
c: we're full for the season sorry
r: oh okay thank you very much have a nice day
c: you're welcome
""",
        note="snow plough; a clear no on availability; only the robot closes politely",
    )
    emit(
        "en14_h33",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X0:rep W1 B0",
        """
c[GC]: hello oak and iron woodcraft
r: hi i'm after a gift voucher for a woodturning day
r@ask_product: how much is a day's woodturning class
c: a full day is one hundred and sixty five pounds with lunch
c: i'd normally offer to post a voucher out but our printer's broken so you'll have to come back to us next week
r: okay
c: sorry about that bye
""",
        note="woodworking classes, British; usual offer described and withdrawn",
    )
    emit(
        "en14_h34",
        L,
        "S0 G1:wf C1 N1:wf Q1:pa P1:pa X1:wf,asr W1 B1:pa",
        """
c[GCN]: hi bagbnb downtown this is kevin
r: hi can i leave a suitcase with you tomorrow
c: have you used as before
r: no first time
r@ask_product: what's the daily rate
c: it's seven fifty per bag per day insured up to three thousand
c: i can reserve a spot know just need a name
r: rachel
c[B]: thanks rachel have a safe trip
""",
        note="luggage storage, American; 'have you used us before' is a near miss",
    )
    emit(
        "en14_h35",
        L,
        "S0 G1 C1 N0 Q1:pa P1:pa X1:pa,asr W1 B0",
        """
c[GC]: hi volt fix scooters
r: hi my scooter won't turn on
c: hang on all get a tech
c+30: yeah tech here whats the model
r: segway ninebot g30
r@ask_product: how much is a diagnosis
c: diagnosis is thirty bucks and it comes off the repair if you go ahead
c: bring it in any time before sticks
r: great
c: and your name for the ticket
r: sam
c: cool sam see ya
""",
        note="electric scooter repair; 30 s hold; 'tech here' is not a name",
    )
    emit(
        "en14_h36",
        L,
        "S1:wf G1 C1 N0:rob Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hello roxy cinema
r: hi my name is alice i'm calling about hiring a cinema for a birthday
c: oh nice how'd you find out about hiring with us
r: a friend did it last year
r@ask_product: is the small cinema free on the twenty second
c: let me have a look yeah the twenty second's free in the afternoon it's three hundred for two hours
c: want me to hold it for you
r: yes please
c[B]: done thanks heaps alice enjoy the party
""",
        note="cinema hall rental, Australian; only the robot gives its name",
    )
    emit(
        "en14_h37",
        L,
        "S0 G1 C1 N0 Q0:neg P0 X0 W0 B0",
        """
c[GC]: good evening fosterpaws rescue
r: good evening i'm interested in fostering dogs
c: thank you for thinking of us
r@ask_product: how many dogs are waiting for a foster at the moment
c: the current dogs are all listed on our website with their needs best have a look there
r: could you tell me about any of them
c: i'm just a vol enteer i don't have that info no need for your name it's all online
r: okay
c: bye now
""",
        note="foster pet agency, British; website deflection; name explicitly not needed",
    )
    emit("en14_h38", L, "", "", note="busy", outcome="busy")
    emit(
        "en14_h39",
        L,
        "S1:asr G1 C1 N1 Q1:pa P1:pa X1:pa W1 B1:asr",
        """
c[GCN]: hello robo rascals club ciara speaking
r: hello i'm asking about classes for my son he's nine
c: brilliant and howdid you hear about us
r: school newsletter
r@ask_product: what does a term cost
c: a ten week term is one hundred and eighty euro
c: you could bring him to a free trial on saturday
r: lovely
c: what name will i put down
r: john murphy
c[B]: thanks john sea you saturday take care
""",
        note="kids' robotics club, Irish; 'howdid' merged",
    )
    emit(
        "en14_h40",
        L,
        "S1:wf G0:out C0:out N0:out Q0 P1:pa X1:pa W1 B1:pa",
        """
c: front desk
r: hi i'm calling about the beekeeping courses
c: i'll transfer you
c+20[GCN]: hey this is the apiary classroom at meadowlark farm i'm jess
r@ask_product: how much are the weekend courses
c: the weekend intensive is three forty and that includes a veil and gloves you keep
c: i can sign you up for the april session
r: sure
c: great how'd you hear about the course
r: a podcast
c[B]: awesome well thanks for calling have a sweet day
""",
        note="beekeeping courses; greeting, place and name only after a 20 s transfer",
    )
    emit(
        "en14_h41",
        L,
        "S0 G1 C1 N1:pa Q1:pa P0 X1:pa,asr W1 B1:wf",
        """
c[GCN]: good morning laptop hire direct you're speaking with ben
r: morning we need five laptops for an exam week
r@ask_product: what would that cost for five days
c: i'd have to check with the where house what we've got available before i quote
c: leave it with me all ring you back this afternoon
r: thanks
c: what's the best name for you
r: helen
c[B]: right helen thanks for the call speak later
""",
        note="laptop rental, British; 'I'd have to check' is not an answer",
    )
    emit(
        "en14_h42",
        L,
        "S0 G1:wf C0 N0 Q1 P1:pa X1:pa W1 B0",
        """
c[G]: hi
r: hi is that cellar craft
c: yep cellar craft
r@ask_product: how much roughly for a small under stairs wine cellar
c: under stairs ones start from about twelve grand depends on the glass
c: want me to send someone out for a measure and quote
r: yes please
c: no worries whats your name
r: tim
c: alright tim wheel call you tomorrow to book it
r: thanks
c: okay bye
""",
        note="wine cellar construction; callee only repeats the name the robot said",
    )
    emit(
        "en14_h43",
        L,
        "S0 G1 C1 N0 Q1:pa P1:pa X1:pa W1 B1",
        """
c[GC]: good morning riverside aquatic therapy
r: good morning i'm calling
c: sorry one sack
c: okay go ahead
r: i'm recovering from a hip replacement and want to do pool therapy
c: most of our clients find us through their sturgeon actually
r@ask_product: do you take insurance and what's the out of pocket cost
c: we bill most insurance plans and without insurance it's ninety five per session
c: i can get you scheduled for an evaluation
r: okay
c: can i have your full name and date of birth
r: linda hayes march third
c[B]: thank you linda we'll see you soon take care
""",
        note="hydrotherapy pool, American; source only stated, never asked",
    )
    emit(
        "en14_h44",
        L,
        "S0 G1 C0:rob N0 Q1:pa P1:pa X1:pa W1:rob B0",
        """
c[G]: hello
r: hello is that topper time i saw your toppers on your website
c: yep
r@ask_product: how much for a personalised acrylic topper
c: personalised acrylic is twelve ninety nine or fifteen with glitter
c: i can do it for friday if you order today
r: lovely
c: whats your name love
r: kate
c: kate ta
""",
        note="cake toppers, British; only the robot names the shop and mentions the website",
    )
    emit(
        "en14_h45",
        L,
        "S1:pa G1:pa C1 N1:wf Q0 P0 X0 W0 B0",
        """
c[GCN]: morning big lift crane rental this is tony
r: hey i need a crane to set hvac units on a roof
c: okay what made you call us today
r: a contractor gave me your number
r@ask_product: what does a forty ton crane run for half a day
c: honestly for rates go to our website and fill out the rental request form
r: can't you give me a ballpark
c: nope can't due it sorry
r: fine
c: alright
""",
        note="crane hire, American; website deflection",
    )
